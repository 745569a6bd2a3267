/**
 * A small XML reader for the add-in manifest: elements, attributes, text, with the line of each
 * element, so the project's checks can point at the line to fix. It is not a general XML parser
 * (no DTDs, no namespace resolution: names keep their prefix); the XSD check covers the rest.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content directly inside this element (entities decoded). */
  text: string;
  /** 1-based line of the element's start tag. */
  line: number;
  parent: XmlElement | null;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** "bt:Image" -> "Image". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Depth-first list of the element and all its descendants. */
export function walk(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XmlElement;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(raw: string, line: number): string {
  return raw.replace(/&([^;\s&]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(`unterminated entity "${whole}"`, line);
    if (body in NAMED_ENTITIES) return NAMED_ENTITIES[body];
    const numeric = /^#x([0-9a-fA-F]+)$/.exec(body) ?? /^#([0-9]+)$/.exec(body);
    if (numeric) {
      const code = parseInt(numeric[1], body.startsWith('#x') ? 16 : 10);
      return String.fromCodePoint(code);
    }
    throw new XmlSyntaxError(`unknown entity "&${body};"`, line);
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;

export function parseXml(src: string): XmlElement {
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (index: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let pos = 0;
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];

  const skipUntil = (terminator: string, what: string): void => {
    const end = src.indexOf(terminator, pos);
    if (end < 0) throw new XmlSyntaxError(`unterminated ${what}`, lineAt(pos));
    pos = end + terminator.length;
  };

  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > pos) {
      const text = src.slice(pos, textEnd);
      const current = stack[stack.length - 1];
      if (current) current.text += decodeEntities(text, lineAt(pos));
      else if (text.trim() !== '') throw new XmlSyntaxError('text outside the root element', lineAt(pos));
    }
    if (lt < 0) break;
    pos = lt;

    if (src.startsWith('<?', pos)) {
      skipUntil('?>', 'processing instruction');
    } else if (src.startsWith('<!--', pos)) {
      skipUntil('-->', 'comment');
    } else if (src.startsWith('<![CDATA[', pos)) {
      const start = pos + 9;
      skipUntil(']]>', 'CDATA section');
      const current = stack[stack.length - 1];
      if (!current) throw new XmlSyntaxError('CDATA outside the root element', lineAt(start));
      current.text += src.slice(start, pos - 3);
    } else if (src.startsWith('<!', pos)) {
      throw new XmlSyntaxError('DOCTYPE declarations are not allowed in a manifest', lineAt(pos));
    } else if (src.startsWith('</', pos)) {
      const line = lineAt(pos);
      NAME.lastIndex = pos + 2;
      const m = NAME.exec(src);
      if (!m) throw new XmlSyntaxError('malformed end tag', line);
      const close = src.indexOf('>', NAME.lastIndex);
      if (close < 0 || src.slice(NAME.lastIndex, close).trim() !== '') {
        throw new XmlSyntaxError(`malformed end tag </${m[0]}>`, line);
      }
      const open = stack.pop();
      if (!open) throw new XmlSyntaxError(`end tag </${m[0]}> without a start tag`, line);
      if (open.name !== m[0]) {
        throw new XmlSyntaxError(
          `end tag </${m[0]}> does not match <${open.name}> opened on line ${open.line}`,
          line,
        );
      }
      pos = close + 1;
    } else {
      const line = lineAt(pos);
      NAME.lastIndex = pos + 1;
      const m = NAME.exec(src);
      if (!m) throw new XmlSyntaxError('malformed start tag', line);
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '', line, parent: null };
      pos = NAME.lastIndex;
      let selfClosing = false;
      for (;;) {
        const ws = /\s*/y;
        ws.lastIndex = pos;
        ws.exec(src);
        const hadSpace = ws.lastIndex > pos;
        pos = ws.lastIndex;
        if (src.startsWith('/>', pos)) {
          selfClosing = true;
          pos += 2;
          break;
        }
        if (src[pos] === '>') {
          pos += 1;
          break;
        }
        if (pos >= src.length) throw new XmlSyntaxError(`unterminated start tag <${el.name}>`, line);
        NAME.lastIndex = pos;
        const attr = NAME.exec(src);
        if (!attr || !hadSpace) throw new XmlSyntaxError(`malformed attribute in <${el.name}>`, lineAt(pos));
        const value = /\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
        value.lastIndex = NAME.lastIndex;
        const v = value.exec(src);
        if (!v)
          throw new XmlSyntaxError(`attribute ${attr[0]} of <${el.name}> needs a quoted value`, lineAt(pos));
        if (attr[0] in el.attrs) {
          throw new XmlSyntaxError(`attribute ${attr[0]} repeated in <${el.name}>`, lineAt(pos));
        }
        el.attrs[attr[0]] = decodeEntities(v[2] ?? v[3], lineAt(pos));
        pos = value.lastIndex;
      }
      const parent = stack[stack.length - 1];
      if (parent) {
        el.parent = parent;
        parent.children.push(el);
      } else if (root) {
        throw new XmlSyntaxError(`second root element <${el.name}>`, line);
      } else {
        root = el;
      }
      if (!selfClosing) stack.push(el);
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new XmlSyntaxError(`<${unclosed.name}> is never closed`, unclosed.line);
  if (!root) throw new XmlSyntaxError('no root element', 1);
  return root;
}
