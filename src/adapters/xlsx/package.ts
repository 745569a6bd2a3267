/**
 * Saving by editing the package the user gave, not by re-serialising the workbook. Every part of
 * the original zip is kept byte for byte (user sheets, styles, shared strings, charts, drawings,
 * pivots, tables, defined names, custom XML, vbaProject.bin...), except:
 *
 * - Premia's own sheet parts, added or replaced (with their relationships and table parts), and
 *   the parts of sheets Premia removes (its settings sheet when no setting is left);
 * - `xl/workbook.xml`: a `<sheet>` element added, renamed, re-stated or removed;
 * - `xl/_rels/workbook.xml.rels` and `[Content_Types].xml`: entries for the parts added/removed;
 * - `xl/styles.xml`: fonts, number formats and cell formats appended (never changed in place);
 * - `xl/sharedStrings.xml`: Premia's texts appended;
 * - `xl/calcChain.xml`, removed when it lists a cell of a replaced or removed sheet (Excel
 *   rebuilds it).
 *
 * Everything is plain string work over the XML (no DOM), synchronous, and runs in Node and in the
 * browser. Anything it does not recognise throws UnsupportedZip / UnsupportedPackage, and the
 * adapter falls back to the ExcelJS save (with a note).
 */
import type { SheetSpec } from '../../workbook/port';
import { entryContent, newEntry, readZip, writeZip, type ZipEntry } from './zip';
import { decodeXml } from './xml-text';
import {
  NS_REL,
  REL_TABLE,
  attr,
  sheetXml,
  xstring,
  type FontKind,
  type Relationship,
  type StringRegistry,
  type StyleRegistry,
} from './sheet-xml';

/** A package this editor does not understand well enough to edit. */
export class UnsupportedPackage extends Error {
  constructor(reason: string) {
    super(`Package not editable: ${reason}`);
    this.name = 'UnsupportedPackage';
  }
}

/** What Premia did to the workbook's sheets, in order, replayed on the original package. */
export type SheetOp =
  | { kind: 'write'; spec: SheetSpec; state?: 'hidden' | 'veryHidden' }
  | { kind: 'remove'; name: string }
  | { kind: 'rename'; from: string; to: string };

const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CT_SST = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const REL_WORKSHEET = `${NS_REL}/worksheet`;
const REL_STYLES = `${NS_REL}/styles`;
const REL_SST = `${NS_REL}/sharedStrings`;
const REL_CALC_CHAIN = `${NS_REL}/calcChain`;
const REL_OFFICE_DOCUMENT = `${NS_REL}/officeDocument`;
const CONTENT_TYPES = '[Content_Types].xml';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

// --- Small XML helpers (attribute values of tags found by regular expressions) ---------------

function getAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/**
 * The element with the attribute of its opening tag set (value already escaped) or removed
 * (undefined). `tag` may be a whole element (`<sheet ...></sheet>`): only its opening tag changes.
 */
function setAttr(tag: string, name: string, value: string | undefined): string {
  const open = /^<[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/.exec(tag)?.[0] ?? tag;
  const rest = tag.slice(open.length);
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (re.test(open)) return open.replace(re, () => (value === undefined ? '' : ` ${name}="${value}"`)) + rest;
  if (value === undefined) return tag;
  return open.replace(/\s*(\/?>)$/, (close: string) => ` ${name}="${value}"${close.trim()}`) + rest;
}

/** The relationship id attribute of a `<sheet>`: `r:id`, whatever the prefix. */
function relIdOf(tag: string): { name: string; value: string } | undefined {
  const m = /\s([\w.-]+:id)\s*=\s*"([^"]*)"/.exec(tag);
  return m ? { name: m[1], value: decodeXml(m[2]) } : undefined;
}

// --- Paths -------------------------------------------------------------------------------------

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

function relsPathOf(part: string): string {
  const dir = dirOf(part);
  const base = part.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
}

/** A relationship target resolved against its source part ("/xl/x.xml" or "../x.xml"). */
function resolveTarget(source: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : `${dirOf(source)}/${target}`;
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** `to` as a target relative to the folder of `source`. */
function relativeTarget(source: string, to: string): string {
  const from = dirOf(source).split('/').filter(Boolean);
  const parts = to.split('/');
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...from.slice(common).map(() => '..'), ...parts.slice(common)].join('/');
}

interface Rel {
  tag: string;
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function parseRels(xml: string): Rel[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Relationship>)/g)].map(
    (m) => ({
      tag: m[0],
      id: getAttr(m[0], 'Id') ?? '',
      type: getAttr(m[0], 'Type') ?? '',
      target: getAttr(m[0], 'Target') ?? '',
      external: getAttr(m[0], 'TargetMode') === 'External',
    }),
  );
}

function relXml(r: Relationship): string {
  return `<Relationship Id="${attr(r.id)}" Type="${r.type}" Target="${attr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

function insertBefore(xml: string, closing: RegExp, what: string, where: string): string {
  const m = closing.exec(xml);
  if (!m) throw new UnsupportedPackage(`no ${where}`);
  return xml.slice(0, m.index) + what + xml.slice(m.index);
}

// --- The package --------------------------------------------------------------------------------

class Package {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, number>();
  /** Parts whose content Premia set (text), by exact entry name. */
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();

  constructor(bytes: Uint8Array) {
    this.entries = readZip(bytes);
    this.entries.forEach((e, i) => this.byName.set(e.name.toLowerCase(), i));
  }

  /** The entry name of a part (its case as stored), or the name itself for a new part. */
  private key(part: string): string {
    const i = this.byName.get(part.toLowerCase());
    return i === undefined ? part : this.entries[i].name;
  }

  has(part: string): boolean {
    const k = this.key(part);
    if (this.removed.has(k)) return false;
    return this.changed.has(k) || this.byName.has(part.toLowerCase());
  }

  text(part: string): string | undefined {
    const k = this.key(part);
    if (this.removed.has(k)) return undefined;
    const set = this.changed.get(k);
    if (set !== undefined) return set;
    const i = this.byName.get(part.toLowerCase());
    return i === undefined ? undefined : decoder.decode(entryContent(this.entries[i]));
  }

  set(part: string, content: string): void {
    const k = this.key(part);
    this.removed.delete(k);
    this.changed.set(k, content);
  }

  remove(part: string): void {
    const k = this.key(part);
    this.changed.delete(k);
    if (this.byName.has(part.toLowerCase())) this.removed.add(k);
  }

  /** A free part name `${prefix}${n}${suffix}`, n from 1. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name) && !this.changed.has(name)) return name;
    }
  }

  /** Names of the parts of the original package, as stored. */
  originalNames(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** The zip: original entries in order (copied, or with their new content), then new parts. */
  bytes(): Uint8Array {
    const out: ZipEntry[] = [];
    const done = new Set<string>();
    for (const e of this.entries) {
      if (this.removed.has(e.name)) continue;
      const set = this.changed.get(e.name);
      out.push(set === undefined ? e : newEntry(e.name, encoder.encode(set), e));
      done.add(e.name);
    }
    const like = this.entries[0];
    for (const [name, content] of this.changed)
      if (!done.has(name)) out.push(newEntry(name, encoder.encode(content), like));
    return writeZip(out);
  }
}

// --- Styles and strings, appended -------------------------------------------------------------

/** Excel's built-in number formats Premia may use (the others are added as custom formats). */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

class AppendedStyles implements StyleRegistry {
  private readonly formats = new Map<string, number>();
  private nextFormat: number;
  private readonly newFormats: string[] = [];
  private readonly fonts = new Map<FontKind, number>();
  private readonly newFonts: string[] = [];
  private readonly fontCount: number;
  private readonly xfs = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly xfCount: number;
  private readonly existingFonts = new Map<string, number>();
  private readonly existingXfs = new Map<string, number>();
  private readonly baseFont: { sz: string; name: string; family?: string; scheme?: string; charset?: string };

  constructor(private readonly xml: string) {
    let max = 163;
    for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
      const id = Number(getAttr(m[0], 'numFmtId'));
      const code = getAttr(m[0], 'formatCode');
      if (!Number.isFinite(id)) continue;
      max = Math.max(max, id);
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
    }
    this.nextFormat = max + 1;
    const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml);
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    if (!fonts || !xfs) throw new UnsupportedPackage('styles without fonts or cellXfs');
    const fontList = [...fonts[1].matchAll(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)].map((m) => m[0]);
    this.fontCount = fontList.length;
    // Entries an earlier run appended are found again, so re-runs do not grow the styles.
    fontList.forEach((xml, i) => {
      if (!this.existingFonts.has(xml)) this.existingFonts.set(xml, i);
    });
    const xfList = [...xfs[1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    this.xfCount = xfList.length;
    xfList.forEach((xml, i) => {
      if (!this.existingXfs.has(xml)) this.existingXfs.set(xml, i);
    });
    const first = fontList[0] ?? '';
    const val = (tag: string) => {
      const m = new RegExp(`<${tag}\\b[^>]*>`).exec(first);
      return m ? getAttr(m[0], 'val') : undefined;
    };
    this.baseFont = {
      sz: val('sz') ?? '11',
      name: val('name') ?? 'Calibri',
      family: val('family'),
      scheme: val('scheme'),
      charset: val('charset'),
    };
  }

  private formatId(format: string | undefined): number {
    if (format === undefined || format === '') return 0;
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    const known = this.formats.get(format);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(format, id);
    this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${attr(format)}"/>`);
    return id;
  }

  private fontId(kind: FontKind): number {
    if (kind === 'plain') return 0;
    const known = this.fonts.get(kind);
    if (known !== undefined) return known;
    const f = this.baseFont;
    const bold = kind === 'bold' || kind === 'linkBold';
    const link = kind === 'link' || kind === 'linkBold';
    const xml =
      `<font>${bold ? '<b/>' : ''}${link ? '<u/>' : ''}<sz val="${attr(f.sz)}"/>` +
      `${link ? '<color rgb="FF0563C1"/>' : ''}<name val="${attr(f.name)}"/>` +
      `${f.family ? `<family val="${attr(f.family)}"/>` : ''}${f.charset ? `<charset val="${attr(f.charset)}"/>` : ''}` +
      `${f.scheme ? `<scheme val="${attr(f.scheme)}"/>` : ''}</font>`;
    const id = this.existingFonts.get(xml) ?? this.fontCount + this.newFonts.length;
    if (id === this.fontCount + this.newFonts.length) this.newFonts.push(xml);
    this.fonts.set(kind, id);
    return id;
  }

  style(format: string | undefined, font: FontKind, wrap = false): number {
    const numFmtId = this.formatId(format);
    const fontId = this.fontId(font);
    const key = `${numFmtId}/${fontId}/${wrap ? 'w' : ''}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const attrs =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}`;
    const xml = wrap
      ? `${attrs} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
      : `${attrs}/>`;
    const id = this.existingXfs.get(xml) ?? this.xfCount + this.newXfs.length;
    if (id === this.xfCount + this.newXfs.length) this.newXfs.push(xml);
    this.xfs.set(key, id);
    return id;
  }

  /** The styles part with the new entries appended, or undefined when nothing was added. */
  result(): string | undefined {
    if (this.newFormats.length + this.newFonts.length + this.newXfs.length === 0) return undefined;
    let xml = this.xml;
    const bump = (block: string, added: number, total: number) => {
      const re = new RegExp(`<${block}\\b[^>]*>`);
      const m = re.exec(xml);
      if (m) xml = xml.replace(re, () => setAttr(m[0], 'count', String(total)));
      void added;
    };
    if (this.newFormats.length > 0) {
      if (/<numFmts\b[^>]*\/>/.test(xml))
        xml = xml.replace(/<numFmts\b[^>]*\/>/, '<numFmts count="0"></numFmts>');
      if (/<numFmts\b/.test(xml)) {
        const total = [...xml.matchAll(/<numFmt\b/g)].length + this.newFormats.length;
        xml = insertBefore(xml, /<\/numFmts>/, this.newFormats.join(''), 'numFmts');
        bump('numFmts', this.newFormats.length, total);
      } else {
        const open = /<styleSheet\b[^>]*>/.exec(xml);
        if (!open) throw new UnsupportedPackage('no styleSheet');
        const at = open.index + open[0].length;
        xml =
          xml.slice(0, at) +
          `<numFmts count="${this.newFormats.length}">${this.newFormats.join('')}</numFmts>` +
          xml.slice(at);
      }
    }
    if (this.newFonts.length > 0) {
      xml = insertBefore(xml, /<\/fonts>/, this.newFonts.join(''), 'fonts');
      bump('fonts', this.newFonts.length, this.fontCount + this.newFonts.length);
    }
    if (this.newXfs.length > 0) {
      xml = insertBefore(xml, /<\/cellXfs>/, this.newXfs.join(''), 'cellXfs');
      bump('cellXfs', this.newXfs.length, this.xfCount + this.newXfs.length);
    }
    return xml;
  }
}

class AppendedStrings implements StringRegistry {
  private readonly known = new Map<string, number>();
  private readonly byXml = new Map<string, number>();
  private readonly added: string[] = [];
  private references = 0;
  private readonly existing: number;

  constructor(private readonly xml: string) {
    let n = 0;
    for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
      // A plain string an earlier run appended (or Excel wrote alike) is used again.
      const plain = m[1] === undefined ? undefined : /^<t xml:space="preserve">([^<]*)<\/t>$/.exec(m[1]);
      if (plain && !this.byXml.has(plain[1])) this.byXml.set(plain[1], n);
      n++;
    }
    this.existing = n;
  }

  index(text: string): number {
    this.references++;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    const escaped = xstring(text);
    let id = this.byXml.get(escaped);
    if (id === undefined) {
      id = this.existing + this.added.length;
      this.added.push(`<si><t xml:space="preserve">${escaped}</t></si>`);
    }
    this.known.set(text, id);
    return id;
  }

  result(): string | undefined {
    if (this.added.length === 0) return undefined; // counts are advisory: left as they were
    let xml = this.xml;
    if (/<sst\b[^>]*\/>/.test(xml)) xml = xml.replace(/(<sst\b[^>]*?)\s*\/>/, '$1></sst>');
    xml = insertBefore(xml, /<\/sst>/, this.added.join(''), 'sst');
    const open = /<sst\b[^>]*>/.exec(xml);
    if (!open) throw new UnsupportedPackage('no sst');
    let tag = open[0];
    const count = Number(getAttr(tag, 'count'));
    if (getAttr(tag, 'count') !== undefined && Number.isFinite(count))
      tag = setAttr(tag, 'count', String(count + this.references));
    if (getAttr(tag, 'uniqueCount') !== undefined)
      tag = setAttr(tag, 'uniqueCount', String(this.existing + this.added.length));
    return xml.replace(open[0], () => tag);
  }
}

// --- Content types ------------------------------------------------------------------------------

class ContentTypes {
  constructor(public xml: string) {}

  add(part: string, type: string): void {
    this.remove(part);
    this.xml = insertBefore(
      this.xml,
      /<\/Types>/,
      `<Override PartName="/${attr(part)}" ContentType="${type}"/>`,
      'Types',
    );
  }

  remove(part: string): void {
    const wanted = `/${part}`.toLowerCase();
    this.xml = this.xml.replace(/<Override\b[^>]*?(?:\/>|>\s*<\/Override>)/g, (tag) =>
      (getAttr(tag, 'PartName') ?? '').toLowerCase() === wanted ? '' : tag,
    );
  }

  partsOfType(type: string): string[] {
    return [...this.xml.matchAll(/<Override\b[^>]*>/g)]
      .filter((m) => getAttr(m[0], 'ContentType') === type)
      .map((m) => (getAttr(m[0], 'PartName') ?? '').replace(/^\//, ''));
  }
}

// --- The edit -----------------------------------------------------------------------------------

interface SheetEntry {
  /** The original `<sheet>` element, for a sheet of the package. */
  tag?: string;
  name: string;
  state?: string;
  spec?: SheetSpec;
  renamed?: boolean;
}

/**
 * The original package with Premia's sheet operations applied. Throws UnsupportedZip or
 * UnsupportedPackage (nothing half done: the result is built in memory).
 */
export function editPackage(original: Uint8Array, ops: readonly SheetOp[]): Uint8Array {
  const pkg = new Package(original);
  const typesXml = pkg.text(CONTENT_TYPES);
  if (typesXml === undefined) throw new UnsupportedPackage('no [Content_Types].xml');
  const types = new ContentTypes(typesXml);

  const rootRels = parseRels(pkg.text('_rels/.rels') ?? '');
  const main = rootRels.find((r) => r.type === REL_OFFICE_DOCUMENT);
  const bookPart = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  let bookXml = pkg.text(bookPart);
  if (bookXml === undefined) throw new UnsupportedPackage(`no ${bookPart}`);
  // Strict OOXML names its relationships differently: not edited (ExcelJS does not read it either).
  if (bookXml.includes('purl.oclc.org/ooxml/')) throw new UnsupportedPackage('Strict OOXML');
  const bookRelsPart = relsPathOf(bookPart);
  let bookRelsXml = pkg.text(bookRelsPart) ?? EMPTY_RELS;
  const bookRels = parseRels(bookRelsXml);

  const sheetsBlock = /<((?:\w+:)?)sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(bookXml);
  if (!sheetsBlock) throw new UnsupportedPackage('no <sheets>');
  const prefix = sheetsBlock[1];
  const originalTags = [
    ...sheetsBlock[2].matchAll(/<(?:\w+:)?sheet\b[^>]*?(?:\/>|>\s*<\/(?:\w+:)?sheet>)/g),
  ].map((m) => m[0]);
  const plan: SheetEntry[] = originalTags.map((tag) => ({
    tag,
    name: getAttr(tag, 'name') ?? '',
    state: getAttr(tag, 'state'),
  }));
  const find = (name: string) => plan.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
  for (const op of ops) {
    if (op.kind === 'write') {
      const i = find(op.spec.name);
      if (i >= 0) {
        plan[i].spec = op.spec;
        plan[i].name = op.spec.name;
        if (op.state) plan[i].state = op.state;
      } else plan.push({ name: op.spec.name, state: op.state, spec: op.spec });
    } else if (op.kind === 'remove') {
      const i = find(op.name);
      if (i >= 0) plan.splice(i, 1);
    } else {
      const i = find(op.from);
      if (i >= 0) {
        plan[i].name = op.to;
        plan[i].renamed = true;
      }
    }
  }

  const sheetPartOf = (tag: string): string | undefined => {
    const rid = relIdOf(tag)?.value;
    const rel = bookRels.find((r) => r.id === rid);
    return rel ? resolveTarget(bookPart, rel.target) : undefined;
  };
  const sheetIdOf = (tag: string) => getAttr(tag, 'sheetId') ?? '';

  /** Removes a sheet part's relationships and the table parts they point to. */
  const dropSheetRels = (part: string) => {
    const relsPart = relsPathOf(part);
    for (const rel of parseRels(pkg.text(relsPart) ?? ''))
      if (rel.type === REL_TABLE && !rel.external) {
        const table = resolveTarget(part, rel.target);
        pkg.remove(table);
        types.remove(table);
      }
    pkg.remove(relsPart);
  };

  // Sheets whose cells calcChain may list: removed, or replaced by Premia's version.
  const affectedIds = new Set<string>();
  let removedPositions: number[] = [];
  const kept = new Set(plan.map((e) => e.tag).filter((t): t is string => t !== undefined));
  originalTags.forEach((tag, position) => {
    if (kept.has(tag)) return;
    removedPositions.push(position);
    affectedIds.add(sheetIdOf(tag));
    const part = sheetPartOf(tag);
    const rid = relIdOf(tag)?.value;
    if (part) {
      dropSheetRels(part);
      pkg.remove(part);
      types.remove(part);
    }
    const rel = bookRels.find((r) => r.id === rid);
    if (rel) bookRelsXml = bookRelsXml.replace(rel.tag, '');
  });
  removedPositions = removedPositions.sort((a, b) => a - b);

  // Table ids are unique in the workbook: continue after the largest one left.
  let tableId = 0;
  for (const part of types.partsOfType(CT_TABLE)) {
    const xml = pkg.text(part);
    const m = xml === undefined ? null : /<(?:\w+:)?table\b[^>]*>/.exec(xml);
    if (m) tableId = Math.max(tableId, Number(getAttr(m[0], 'id')) || 0);
  }

  // Styles and shared strings, created when the package has none.
  const relOfType = (type: string) => bookRels.find((r) => r.type === type && bookRelsXml.includes(r.tag));
  const usedIds = new Set(bookRels.map((r) => r.id));
  const freeRid = () => {
    for (let n = 1; ; n++)
      if (!usedIds.has(`rId${n}`)) {
        usedIds.add(`rId${n}`);
        return `rId${n}`;
      }
  };
  const addBookRel = (type: string, part: string) => {
    const id = freeRid();
    bookRelsXml = insertBefore(
      bookRelsXml,
      /<\/Relationships>/,
      relXml({ id, type, target: relativeTarget(bookPart, part) }),
      'Relationships',
    );
    return id;
  };
  const stylesRel = relOfType(REL_STYLES);
  const stylesPart = stylesRel ? resolveTarget(bookPart, stylesRel.target) : `${dirOf(bookPart)}/styles.xml`;
  const stylesXml = (stylesRel && pkg.text(stylesPart)) || undefined;
  const sstRel = relOfType(REL_SST);
  const sstPart = sstRel ? resolveTarget(bookPart, sstRel.target) : `${dirOf(bookPart)}/sharedStrings.xml`;
  const sstXml = (sstRel && pkg.text(sstPart)) || undefined;
  const styles = new AppendedStyles(stylesXml ?? MINIMAL_STYLES);
  const strings = new AppendedStrings(
    sstXml ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
  );

  const workbookPr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(bookXml);
  const date1904 = workbookPr !== null && /^(1|true)$/.test(getAttr(workbookPr[0], 'date1904') ?? '');
  let maxSheetId = Math.max(0, ...originalTags.map((t) => Number(sheetIdOf(t)) || 0));
  const sheetsDir = `${dirOf(bookPart)}/worksheets`;
  const finalTags: string[] = [];
  for (const entry of plan) {
    let tag = entry.tag;
    let part: string | undefined;
    if (tag === undefined) {
      part = pkg.freeName(`${sheetsDir}/sheet`, '.xml');
      const rid = addBookRel(REL_WORKSHEET, part);
      maxSheetId += 1;
      tag = `<${prefix}sheet name="" sheetId="${maxSheetId}" r:id="${rid}"/>`;
      if (!/xmlns:r=/.test(bookXml)) tag = tag.replace(' r:id=', ` xmlns:r="${NS_REL}" r:id=`);
      types.add(part, CT_SHEET);
    } else if (entry.spec) {
      part = sheetPartOf(tag);
      if (part === undefined) throw new UnsupportedPackage(`sheet ${entry.name} without a part`);
      affectedIds.add(sheetIdOf(tag));
      dropSheetRels(part);
    }
    if (entry.spec || entry.renamed || entry.tag === undefined) tag = setAttr(tag, 'name', attr(entry.name));
    if (entry.state !== getAttr(tag, 'state'))
      tag = setAttr(
        tag,
        'state',
        entry.state === undefined || entry.state === 'visible' ? undefined : entry.state,
      );
    finalTags.push(tag);
    if (entry.spec && part) {
      const written = sheetXml(entry.spec, styles, strings, date1904);
      const rels: Relationship[] = [];
      for (const rel of written.rels) {
        if (rel.type !== REL_TABLE) {
          rels.push(rel);
          continue;
        }
        const table = written.tables.find((t) => t.rid === rel.id);
        if (!table) continue;
        const tablePart = pkg.freeName(`${dirOf(bookPart)}/tables/table`, '.xml');
        tableId += 1;
        pkg.set(tablePart, table.xml(tableId));
        types.add(tablePart, CT_TABLE);
        rels.push({ ...rel, target: relativeTarget(part, tablePart) });
      }
      pkg.set(part, written.xml);
      if (rels.length > 0)
        pkg.set(
          relsPathOf(part),
          EMPTY_RELS.replace('</Relationships>', () => `${rels.map(relXml).join('')}</Relationships>`),
        );
    }
  }

  // workbook.xml: the <sheets> block, and sheet positions where a sheet was removed.
  const sheetsOpen = sheetsBlock[0].slice(0, sheetsBlock[0].indexOf('>') + 1);
  const sheetsClose = sheetsBlock[0].slice(sheetsBlock[0].lastIndexOf('</'));
  const changedSheets =
    finalTags.length !== originalTags.length || finalTags.some((t, i) => t !== originalTags[i]);
  if (changedSheets) {
    // Keep the original text between elements when only attributes changed.
    let inner = sheetsBlock[2];
    if (finalTags.length >= originalTags.length && removedPositions.length === 0) {
      originalTags.forEach((t, i) => {
        if (t !== finalTags[i]) inner = inner.replace(t, () => finalTags[i]);
      });
      inner += finalTags.slice(originalTags.length).join('');
    } else inner = finalTags.join('');
    bookXml = bookXml.replace(sheetsBlock[0], () => `${sheetsOpen}${inner}${sheetsClose}`);
  }
  if (removedPositions.length > 0) bookXml = renumberPositions(bookXml, removedPositions);
  if (bookXml !== pkg.text(bookPart)) pkg.set(bookPart, bookXml);

  // calcChain lists formula cells by sheet id: drop it when it names a sheet that changed.
  const calcRel = relOfType(REL_CALC_CHAIN);
  if (calcRel && affectedIds.size > 0) {
    const calcPart = resolveTarget(bookPart, calcRel.target);
    const calc = pkg.text(calcPart) ?? '';
    let current = '';
    let hit = false;
    for (const m of calc.matchAll(/<(?:\w+:)?c\b[^>]*>/g)) {
      current = getAttr(m[0], 'i') ?? current; // `i` is inherited from the previous cell
      if (affectedIds.has(current)) {
        hit = true;
        break;
      }
    }
    if (hit) {
      pkg.remove(calcPart);
      types.remove(calcPart);
      bookRelsXml = bookRelsXml.replace(calcRel.tag, '');
    }
  }

  const newStyles = styles.result();
  if (newStyles !== undefined) {
    pkg.set(stylesPart, newStyles);
    if (!stylesXml) {
      addBookRel(REL_STYLES, stylesPart);
      types.add(stylesPart, CT_STYLES);
    }
  }
  const newStrings = strings.result();
  if (newStrings !== undefined) {
    pkg.set(sstPart, newStrings);
    if (!sstXml) {
      addBookRel(REL_SST, sstPart);
      types.add(sstPart, CT_SST);
    }
  }
  if (bookRelsXml !== (pkg.text(bookRelsPart) ?? EMPTY_RELS)) pkg.set(bookRelsPart, bookRelsXml);
  if (types.xml !== typesXml) pkg.set(CONTENT_TYPES, types.xml);
  return pkg.bytes();
}

/**
 * Sheet positions after removing the sheets at `removed` (0-based, sorted): defined names scoped
 * to a removed sheet go, the others follow their sheet; the active and first tabs likewise.
 */
function renumberPositions(xml: string, removed: number[]): string {
  const map = (n: number): number | undefined =>
    removed.includes(n) ? undefined : n - removed.filter((r) => r < n).length;
  let out = xml.replace(/<(?:\w+:)?definedName\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedName>/g, (el) => {
    const local = getAttr(el, 'localSheetId');
    if (local === undefined) return el;
    const next = map(Number(local));
    if (next === undefined) return '';
    const open = el.slice(0, el.indexOf('>') + 1);
    return setAttr(open, 'localSheetId', String(next)) + el.slice(open.length);
  });
  out = out.replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (tag) => {
    let t = tag;
    for (const a of ['activeTab', 'firstSheet']) {
      const v = getAttr(t, a);
      if (v !== undefined) t = setAttr(t, a, String(map(Number(v)) ?? 0));
    }
    return t;
  });
  return out.replace(/<(?:\w+:)?definedNames\b[^>]*>\s*<\/(?:\w+:)?definedNames>/, '');
}
