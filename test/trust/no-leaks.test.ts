/**
 * Nothing leaks: the production bundle makes no request to another site, evaluates no code
 * from strings, and every page forbids both with its Content-Security-Policy; the manifest asks
 * for the document only; the source calls no network API except the workbench loading its own
 * bundled samples.
 *
 * The bundle is built (npx webpack --mode production, about a minute) when dist/ is missing or
 * older than the sources; otherwise the existing build is scanned.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BUILD_TIMEOUT_MS, DIST, ROOT, ensureBuild } from '../support/build';

const root = ROOT;
const dist = DIST;
const OFFICE_JS = 'https://appsforoffice.microsoft.com';

function files(dir: string, test: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full, test);
    return test(e.name) ? [full] : [];
  });
}

/**
 * URLs allowed in the bundle, each with why it is not a request. Everything else fails the test.
 * Prefixes end with "/" so that another host cannot match.
 */
const ALLOWED_URLS: { prefix: string; why: string }[] = [
  {
    prefix: 'http://www.w3.org/',
    why: 'XML, XMLNS, SVG, XLink, MathML, XML Schema namespace names (React DOM, ExcelJS)',
  },
  {
    prefix: 'http://schemas.openxmlformats.org/',
    why: 'OOXML namespace and relationship-type names written into .xlsx parts (ExcelJS)',
  },
  {
    prefix: 'http://schemas.microsoft.com/office/',
    why: 'Office XML extension namespace names in .xlsx parts (ExcelJS)',
  },
  { prefix: 'http://purl.org/dc/', why: 'Dublin Core namespace names of docProps/core.xml (ExcelJS)' },
  {
    prefix: 'https://react.dev/errors/',
    why: "text of React's minified error messages (a link for developers to read)",
  },
  {
    prefix: 'https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md',
    why: 'text of an ExcelJS error message about a removed API',
  },
  {
    prefix: 'https://github.com/uuidjs/uuid#getrandomvalues-not-supported',
    why: 'text of a uuid error message',
  },
  {
    prefix: 'https://github.com/indutny/elliptic',
    why: 'package metadata of elliptic (bundled by crypto-browserify)',
  },
  {
    prefix: 'https://github.com/crypto-browserify/crypto-browserify',
    why: 'text of a crypto-browserify error message',
  },
  { prefix: 'https://github.com/zloirock/core-js', why: "core-js's copyright banner string" },
  { prefix: 'https://stuk.github.io/jszip/documentation/', why: 'text of a JSZip error message' },
];

/**
 * The only uses of the Function constructor in the bundle: detection of the global object by
 * webpack's runtime, lodash and others (reached only where `globalThis` is missing, inside a
 * try), setImmediate's polyfill when handed a string (never by Premia), regenerator-runtime when
 * assigning a global fails. None runs in a browser with `globalThis`; if one did, the CSP
 * (no 'unsafe-eval') would make it throw, not evaluate.
 */
const ALLOWED_FUNCTION_CALLS = [
  'new Function("return this")',
  'Function("return this")',
  'new Function(""+e)',
  'Function("r","regeneratorRuntime = r")',
];

function bundles(): string[] {
  return files(dist, (n) => n.endsWith('.js'));
}

beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);

describe('the production bundle', () => {
  it('holds no URL other than the allowed identifiers and message texts', () => {
    const found = new Map<string, string>();
    for (const file of bundles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) found.set(m[0], path.basename(file));
    }
    expect(found.size).toBeGreaterThan(0); // the scan sees ExcelJS's namespaces
    const unexpected = [...found].filter(([url]) => !ALLOWED_URLS.some((a) => url.startsWith(a.prefix)));
    expect(unexpected).toEqual([]);
  });

  it('calls no network API but the workbench fetching its own samples by a relative path', () => {
    const hits: string[] = [];
    for (const file of bundles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?<![\w$])(fetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource)/g)) {
        const around = text.slice(m.index, m.index + 40);
        if (around.startsWith('fetch(`samples/')) continue;
        hits.push(`${path.basename(file)}: ${around}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('has no eval and only the known global-detection uses of the Function constructor', () => {
    const hits: string[] = [];
    for (const file of bundles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?<![\w$.])eval\(/g))
        hits.push(`${path.basename(file)}: eval at ${m.index}`);
      for (const m of text.matchAll(/(?<![\w$.])(new )?Function\(/g)) {
        const at = text.slice(m.index, m.index + 60);
        if (!ALLOWED_FUNCTION_CALLS.some((a) => at.startsWith(a))) hits.push(`${path.basename(file)}: ${at}`);
      }
    }
    expect(hits).toEqual([]);
  });
});

/** The tags of a page with their attributes (quoted or not: the built pages are minified). */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g))
      attrs[a[1].toLowerCase()] = (a[2] ?? '').replace(/^["']|["']$/g, '');
    return attrs;
  });
}

/** The CSP of a page's meta tag, as directive -> sources. */
function csp(html: string): Map<string, string[]> | undefined {
  const meta = tags(html, 'meta').find((a) => a['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (!meta?.content) return undefined;
  return new Map(
    meta.content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('pages', () => {
  // Listed after the build of beforeAll: on a fresh clone dist/ does not exist when tests are collected.
  let pages: string[] = [];
  beforeAll(() => {
    pages = [
      ...files(dist, (n) => n.endsWith('.html')),
      ...files(path.join(root, 'src'), (n) => n.endsWith('.html')),
    ];
  });

  it('every page, built and source, has a strict Content-Security-Policy', () => {
    expect(pages.filter((p) => p.startsWith(dist)).length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const html = fs.readFileSync(page, 'utf8');
      const policy = csp(html);
      const name = path.relative(root, page);
      expect({ name, hasCsp: policy !== undefined }).toEqual({ name, hasCsp: true });
      const all = [...policy!.values()].flat();
      expect({ name, unsafeEval: all.includes("'unsafe-eval'") }).toEqual({ name, unsafeEval: false });
      expect(policy!.get('default-src')).toEqual(["'self'"]);
      expect(policy!.get('object-src')).toEqual(["'none'"]);
      // Office pages load office.js from Microsoft's CDN (required for add-ins); nothing else does.
      const usesOffice = html.includes(`${OFFICE_JS}/`);
      expect({ name, scriptSrc: policy!.get('script-src') }).toEqual({
        name,
        scriptSrc: usesOffice ? ["'self'", OFFICE_JS] : ["'self'"],
      });
      // Requests only to the page's own origin (and blob: URLs the workbench makes for downloads).
      for (const source of policy!.get('connect-src') ?? []) expect(["'self'", 'blob:']).toContain(source);
      // Scripts from the page's own origin, and office.js.
      const scripts = tags(html, 'script')
        .map((a) => a.src)
        .filter((src): src is string => !!src);
      if (page.startsWith(dist))
        expect({ name, scripts: scripts.length > 0 }).toEqual({ name, scripts: true });
      for (const src of scripts)
        expect({ name, src, ok: !/^[a-z]+:/i.test(src) || src.startsWith(`${OFFICE_JS}/`) }).toEqual({
          name,
          src,
          ok: true,
        });
    }
  });
});

describe('manifest', () => {
  const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');

  it('asks for ReadWriteDocument only and lists no AppDomains', () => {
    expect([...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim())).toEqual([
      'ReadWriteDocument',
    ]);
    expect(xml).not.toMatch(/<AppDomains?\b/);
  });
});

describe('sources', () => {
  it('use no network API outside the workbench loading its bundled samples', () => {
    const hits: string[] = [];
    for (const file of files(path.join(root, 'src'), (n) => /\.(ts|tsx)$/.test(n))) {
      const text = fs.readFileSync(file, 'utf8');
      const rel = path.relative(root, file);
      for (const m of text.matchAll(
        /(?<![\w$])(fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts)/g,
      )) {
        const call = text.slice(m.index, m.index + 30);
        if (rel.startsWith(path.join('src', 'workbench')) && call.startsWith('fetch(`samples/')) continue;
        hits.push(`${rel}: ${call}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
