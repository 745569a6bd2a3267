/**
 * Offline checks of the add-in manifest (manifest.xml), used by `npm run validate` and its tests.
 *
 * Two layers:
 * - the XSD check, against Microsoft's published schemas kept beside the project in
 *   ../shared/schemas/office-addin-manifest (read in place, never copied); skipped when absent;
 * - the project's own checks, for what the schemas cannot see: every resid resolves to a resource
 *   of the right kind, every URL is https, the Id is a GUID, strings fit their limits, every
 *   FunctionName is associated in src/commands, every icon exists in assets/ at its pixel size.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join, relative, resolve } from 'path';
import { validateXML } from 'xmllint-wasm';
import { readPngSize } from './png';
import { localName, parseXml, walk, XmlElement, XmlSyntaxError } from './xml-lite';

export type CheckName = 'xml' | 'schema' | 'resid' | 'url' | 'id' | 'length' | 'function' | 'icon';

export interface Problem {
  check: CheckName;
  message: string;
  /** 1-based line in the manifest, when known. */
  line?: number;
}

export interface CheckOptions {
  /** Project root: assets/ and src/commands/ are looked up from here. */
  projectRoot: string;
  /** Folder with the XSD files; default `<projectRoot>/../shared/schemas/office-addin-manifest`; null skips. */
  schemaDir?: string | null;
  /** Name used in schema messages; default "manifest.xml". */
  fileName?: string;
}

export type SchemaStatus = 'passed' | 'failed' | 'skipped';

export interface ManifestReport {
  problems: Problem[];
  schema: { status: SchemaStatus; dir: string | null };
}

export const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;
const RESID_MAX = 32;
/** Same pattern as the schema's UUID type. */
const GUID =
  /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
/** Ribbon icon sizes Office asks for in every Icon list. */
const RIBBON_ICON_SIZES = [16, 32, 80];
/** Pixel sizes of the add-in icons in the base manifest. */
const BASE_ICON_SIZES: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

export function defaultSchemaDir(projectRoot: string): string {
  return resolve(projectRoot, '..', 'shared', 'schemas', 'office-addin-manifest');
}

export async function checkManifest(xml: string, opts: CheckOptions): Promise<Problem[]> {
  return (await validateManifest(xml, opts)).problems;
}

export async function validateManifest(xml: string, opts: CheckOptions): Promise<ManifestReport> {
  const schemaDir = opts.schemaDir === undefined ? defaultSchemaDir(opts.projectRoot) : opts.schemaDir;
  const problems: Problem[] = [];
  let status: SchemaStatus = 'skipped';
  if (schemaDir !== null && existsSync(schemaDir)) {
    const schemaProblems = await schemaCheck(xml, schemaDir, opts.fileName ?? 'manifest.xml');
    status = schemaProblems.length === 0 ? 'passed' : 'failed';
    problems.push(...schemaProblems);
  }
  problems.push(...projectChecks(xml, opts.projectRoot));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems, schema: { status, dir: status === 'skipped' ? null : schemaDir } };
}

// --- schema ---

async function schemaCheck(xml: string, schemaDir: string, fileName: string): Promise<Problem[]> {
  const mainPath = join(schemaDir, MAIN_SCHEMA);
  if (!existsSync(mainPath)) {
    return [{ check: 'schema', message: `${MAIN_SCHEMA} not found in ${schemaDir}` }];
  }
  const preload = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.xsd') && name !== MAIN_SCHEMA)
    .sort()
    .map((name) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), 'utf8') }));
  try {
    const result = await validateXML({
      xml: [{ fileName: basename(fileName), contents: xml }],
      schema: [{ fileName: MAIN_SCHEMA, contents: readFileSync(mainPath, 'utf8') }],
      preload,
    });
    // libxml2 echoes the offending source line after a parser error; that echo has no location.
    const errors = result.errors.filter((e) => e.loc !== null || /error/i.test(e.message));
    return errors.map((e) => ({
      check: 'schema' as const,
      // "{http://schemas.microsoft.com/...}Action" reads better as "Action".
      message: e.message.replace(/\{[^}]*\}/g, '').replace(/^Schemas validity error : /, ''),
      line: e.loc?.lineNumber,
    }));
  } catch (err) {
    return [{ check: 'schema', message: `schema validation could not run: ${String(err)}` }];
  }
}

// --- project checks ---

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

interface Resource {
  id: string;
  kind: ResourceKind;
  el: XmlElement;
}

/** Which resource kind each resid-bearing element needs. */
function expectedKind(el: XmlElement): ResourceKind | null {
  switch (localName(el.name)) {
    case 'Image':
      return 'Images';
    case 'FunctionFile':
    case 'SourceLocation':
    case 'LearnMoreUrl':
      return 'Urls';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'ShortStrings';
    case 'Description':
      return 'LongStrings';
    default:
      return null;
  }
}

function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => localName(c.name) === name);
}

function xsiType(el: XmlElement): string {
  return localName(el.attrs['xsi:type'] ?? '');
}

/** The nearest enclosing control/group id, to say which button a problem belongs to. */
function owner(el: XmlElement): string {
  for (let p: XmlElement | null = el; p; p = p.parent) {
    const name = localName(p.name);
    if ((name === 'Control' || name === 'Group' || name === 'Item') && p.attrs.id)
      return `${name} ${p.attrs.id}`;
  }
  return `<${el.name}>`;
}

export function projectChecks(xml: string, projectRoot: string): Problem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return [{ check: 'xml', message: err.message, line: err.line }];
    throw err;
  }
  const all = walk(root);
  const resources = collectResources(all);
  return [
    ...checkId(root),
    ...checkResids(all, resources),
    ...checkUrls(all),
    ...checkLengths(root, resources),
    ...checkFunctions(all, projectRoot),
    ...checkIcons(root, all, resources, projectRoot),
  ];
}

function collectResources(all: XmlElement[]): { byId: Map<string, Resource>; problems: Problem[] } {
  const byId = new Map<string, Resource>();
  const problems: Problem[] = [];
  for (const el of all) {
    const kind = localName(el.name);
    if (kind !== 'Images' && kind !== 'Urls' && kind !== 'ShortStrings' && kind !== 'LongStrings') continue;
    if (localName(el.parent?.name ?? '') !== 'Resources') continue;
    for (const item of el.children) {
      const id = item.attrs.id;
      if (id === undefined) continue;
      const previous = byId.get(id);
      if (previous) {
        problems.push({
          check: 'resid',
          message: `resource id "${id}" is defined twice (first on line ${previous.el.line})`,
          line: item.line,
        });
        continue;
      }
      byId.set(id, { id, kind, el: item });
    }
  }
  return { byId, problems };
}

function checkId(root: XmlElement): Problem[] {
  const id = child(root, 'Id');
  if (!id)
    return [{ check: 'id', message: '<Id> is missing: the manifest needs a fixed GUID', line: root.line }];
  const value = id.text.trim();
  if (GUID.test(value)) return [];
  return [
    {
      check: 'id',
      message: `<Id> "${value}" is not a GUID (expected 8-4-4-4-12 hexadecimal digits, e.g. f50468a5-637d-4149-87cd-ba6c512593d9)`,
      line: id.line,
    },
  ];
}

function checkResids(
  all: XmlElement[],
  resources: { byId: Map<string, Resource>; problems: Problem[] },
): Problem[] {
  const problems = [...resources.problems];
  for (const el of all) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length === 0 || resid.length > RESID_MAX) {
      problems.push({
        check: 'resid',
        message: `resid "${resid}" of <${el.name}> must be 1 to ${RESID_MAX} characters (it has ${resid.length})`,
        line: el.line,
      });
    }
    const target = resources.byId.get(resid);
    const want = expectedKind(el);
    if (!target) {
      problems.push({
        check: 'resid',
        message: `resid "${resid}" of <${el.name}> (${owner(el)}) has no entry in Resources${want ? `/${want}` : ''}`,
        line: el.line,
      });
    } else if (want && target.kind !== want) {
      problems.push({
        check: 'resid',
        message: `resid "${resid}" of <${el.name}> points to a ${target.kind} entry (line ${target.el.line}) but needs a ${want} one`,
        line: el.line,
      });
    }
  }
  return problems;
}

/** Elements whose DefaultValue (and Override Value) attributes are URLs. */
const URL_ELEMENTS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'Url',
  'Image',
]);

function isUrlValued(el: XmlElement): boolean {
  return URL_ELEMENTS.has(localName(el.name)) && el.attrs.DefaultValue !== undefined;
}

function checkUrls(all: XmlElement[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const check = (el: XmlElement, what: string, value: string): void => {
    seen.add(`${el.line}|${value}`);
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push({ check: 'url', message: `${what} "${value}" is not an absolute URL`, line: el.line });
      return;
    }
    if (url.protocol !== 'https:') {
      problems.push({
        check: 'url',
        message: `${what} "${value}" uses ${url.protocol.replace(':', '')}: Office add-ins load only https URLs`,
        line: el.line,
      });
    }
  };
  for (const el of all) {
    const name = localName(el.name);
    if (isUrlValued(el)) {
      const label = el.attrs.id ? `<${el.name} id="${el.attrs.id}">` : `<${el.name}>`;
      check(el, label, el.attrs.DefaultValue);
      for (const o of el.children) {
        if (localName(o.name) === 'Override' && o.attrs.Value !== undefined) {
          check(o, `${label} override for ${o.attrs.Locale ?? '?'}`, o.attrs.Value);
        }
      }
    } else if (name === 'AppDomain') {
      check(el, '<AppDomain>', el.text.trim());
    }
  }
  // Anything else that looks like a plain-http URL (namespace declarations aside).
  for (const el of all) {
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue;
      if (/\bhttp:\/\//i.test(value) && !seen.has(`${el.line}|${value}`)) {
        problems.push({
          check: 'url',
          message: `attribute ${attr} of <${el.name}> contains a plain http URL: "${value}"`,
          line: el.line,
        });
      }
    }
    if (/\bhttp:\/\//i.test(el.text) && !seen.has(`${el.line}|${el.text.trim()}`)) {
      problems.push({
        check: 'url',
        message: `<${el.name}> contains a plain http URL: "${el.text.trim()}"`,
        line: el.line,
      });
    }
  }
  return problems;
}

function lengthProblem(el: XmlElement, what: string, value: string, max: number): Problem | null {
  // The schema's maxLength counts characters (code points), not UTF-16 units.
  const length = [...value].length;
  if (length >= 1 && length <= max) return null;
  return {
    check: 'length',
    message:
      length === 0
        ? `${what} is empty`
        : `${what} has ${length} characters; the limit is ${max}: "${value.slice(0, 40)}..."`,
    line: el.line,
  };
}

function checkLengths(root: XmlElement, resources: { byId: Map<string, Resource> }): Problem[] {
  const problems: Problem[] = [];
  const push = (p: Problem | null): void => {
    if (p) problems.push(p);
  };
  const withOverrides = (el: XmlElement, label: string, max: number): void => {
    if (el.attrs.DefaultValue !== undefined)
      push(lengthProblem(el, `${label} DefaultValue`, el.attrs.DefaultValue, max));
    for (const o of el.children) {
      if (localName(o.name) === 'Override' && o.attrs.Value !== undefined) {
        push(lengthProblem(o, `${label} override for ${o.attrs.Locale ?? '?'}`, o.attrs.Value, max));
      }
    }
  };
  const displayName = child(root, 'DisplayName');
  if (displayName) withOverrides(displayName, '<DisplayName>', SHORT_STRING_MAX);
  const description = child(root, 'Description');
  if (description) withOverrides(description, '<Description>', LONG_STRING_MAX);
  const provider = child(root, 'ProviderName');
  if (provider) push(lengthProblem(provider, '<ProviderName>', provider.text.trim(), SHORT_STRING_MAX));
  for (const r of resources.byId.values()) {
    if (r.kind === 'ShortStrings') withOverrides(r.el, `ShortStrings "${r.id}"`, SHORT_STRING_MAX);
    if (r.kind === 'LongStrings') withOverrides(r.el, `LongStrings "${r.id}"`, LONG_STRING_MAX);
  }
  return problems;
}

/**
 * Action ids registered with `Office.actions.associate("<name>", ...)` in src/commands/*.ts,
 * mapped to the file that registers them. Commented-out calls do not count.
 */
export function associatedActions(projectRoot: string): Map<string, string> {
  const dir = join(projectRoot, 'src', 'commands');
  const found = new Map<string, string>();
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(ts|tsx|js)$/.test(name) || /\.d\.ts$/.test(name)) continue;
    const source = readFileSync(join(dir, name), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const call = /Office\s*\.\s*actions\s*\.\s*associate\s*\(\s*(['"`])([^'"`\n]+)\1/g;
    for (let m = call.exec(source); m; m = call.exec(source)) {
      if (!found.has(m[2])) found.set(m[2], relative(projectRoot, join(dir, name)));
    }
  }
  return found;
}

function checkFunctions(all: XmlElement[], projectRoot: string): Problem[] {
  const problems: Problem[] = [];
  const actions = all.filter((el) => localName(el.name) === 'Action' && xsiType(el) === 'ExecuteFunction');
  if (actions.length === 0) return problems;
  const associated = associatedActions(projectRoot);
  for (const action of actions) {
    const fn = child(action, 'FunctionName');
    const name = fn?.text.trim() ?? '';
    if (!fn || name === '') {
      problems.push({
        check: 'function',
        message: `ExecuteFunction action of ${owner(action)} has no FunctionName`,
        line: action.line,
      });
      continue;
    }
    if (!associated.has(name)) {
      problems.push({
        check: 'function',
        message: `FunctionName "${name}" (${owner(action)}) is not associated in src/commands: add Office.actions.associate("${name}", ...) to src/commands/commands.ts`,
        line: fn.line,
      });
    }
    let formFactor: XmlElement | null = action.parent;
    while (formFactor && !/FormFactor$/.test(localName(formFactor.name))) formFactor = formFactor.parent;
    if (formFactor && !child(formFactor, 'FunctionFile')) {
      problems.push({
        check: 'function',
        message: `${owner(action)} runs a function but <${formFactor.name}> declares no FunctionFile`,
        line: action.line,
      });
    }
  }
  return problems;
}

/** assets/ file served at an icon URL, or null when the URL is not under /assets/. */
function assetFor(url: string, projectRoot: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (!pathname.startsWith('/assets/')) return null;
  const rest = pathname.slice('/assets/'.length);
  if (rest === '' || rest.split('/').includes('..')) return null;
  return join(projectRoot, 'assets', rest);
}

interface IconUse {
  size: number;
  line: number;
  what: string;
}

function checkIcons(
  root: XmlElement,
  all: XmlElement[],
  resources: { byId: Map<string, Resource> },
  projectRoot: string,
): Problem[] {
  const problems: Problem[] = [];
  // Every ribbon Icon list offers the sizes Office picks from.
  for (const icon of all.filter((el) => localName(el.name) === 'Icon')) {
    const sizes = icon.children.filter((c) => localName(c.name) === 'Image').map((c) => Number(c.attrs.size));
    const missing = RIBBON_ICON_SIZES.filter((s) => !sizes.includes(s));
    if (missing.length > 0) {
      problems.push({
        check: 'icon',
        message: `Icon of ${owner(icon)} lacks size ${missing.join(', ')} (Office needs ${RIBBON_ICON_SIZES.join(', ')})`,
        line: icon.line,
      });
    }
  }

  // url -> the sizes it is used at
  const uses = new Map<string, { el: XmlElement; uses: IconUse[] }>();
  const use = (url: string, el: XmlElement, u: IconUse): void => {
    const entry = uses.get(url) ?? { el, uses: [] };
    entry.uses.push(u);
    uses.set(url, entry);
  };
  for (const [name, size] of Object.entries(BASE_ICON_SIZES)) {
    const el = child(root, name);
    if (!el?.attrs.DefaultValue) continue;
    use(el.attrs.DefaultValue, el, { size, line: el.line, what: `<${name}>` });
    for (const o of el.children)
      if (o.attrs.Value) use(o.attrs.Value, o, { size, line: o.line, what: `<${name}> override` });
  }
  for (const ref of all.filter((el) => localName(el.name) === 'Image' && el.attrs.size !== undefined)) {
    const target = resources.byId.get(ref.attrs.resid ?? '');
    if (!target || target.kind !== 'Images') continue; // reported by the resid check
    const u = {
      size: Number(ref.attrs.size),
      line: ref.line,
      what: `resid "${target.id}" at size ${ref.attrs.size}`,
    };
    use(target.el.attrs.DefaultValue ?? '', target.el, u);
    for (const o of target.el.children) if (o.attrs.Value) use(o.attrs.Value, o, u);
  }

  for (const [url, { el, uses: list }] of uses) {
    const file = assetFor(url, projectRoot);
    if (!file) {
      problems.push({
        check: 'icon',
        message: `icon "${url}" is not served from /assets/, so its file cannot be checked`,
        line: el.line,
      });
      continue;
    }
    const shown = relative(projectRoot, file);
    if (!existsSync(file)) {
      problems.push({
        check: 'icon',
        message: `icon file ${shown} (for "${url}") does not exist: run npx tsx scripts/make-icons.ts`,
        line: el.line,
      });
      continue;
    }
    const size = readPngSize(readFileSync(file));
    if (!size) {
      problems.push({ check: 'icon', message: `icon file ${shown} is not a PNG`, line: el.line });
      continue;
    }
    for (const u of list) {
      if (size.width !== u.size || size.height !== u.size) {
        problems.push({
          check: 'icon',
          message: `${basename(file)} is ${size.width}x${size.height} px but ${u.what} needs ${u.size}x${u.size} px`,
          line: u.line,
        });
      }
    }
  }
  return problems;
}

export function formatProblem(p: Problem, file: string): string {
  return `${file}${p.line !== undefined ? `:${p.line}` : ''}: [${p.check}] ${p.message}`;
}
