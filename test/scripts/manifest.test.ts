import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import {
  associatedActions,
  checkManifest,
  defaultSchemaDir,
  Problem,
  validateManifest,
} from '../../scripts/manifest-checks';
import { readPngSize } from '../../scripts/png';

const ROOT = resolve(__dirname, '..', '..');
const REAL = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const SCHEMA_DIR = defaultSchemaDir(ROOT);
const HAS_SCHEMA = existsSync(SCHEMA_DIR);
const SKIP_NOTE = HAS_SCHEMA ? '' : ' (SKIPPED: ../shared/schemas/office-addin-manifest is absent)';
const schemaIt = HAS_SCHEMA ? it : it.skip;
if (!HAS_SCHEMA) console.warn(`Schema tests skipped: ${SCHEMA_DIR} not found.`);

/** Replaces exactly one occurrence, so a mutation cannot silently miss. */
function mutate(xml: string, from: string, to: string): string {
  const count = xml.split(from).length - 1;
  if (count !== 1) throw new Error(`"${from}" occurs ${count} times in the manifest, expected once`);
  return xml.replace(from, to);
}

/** 1-based lines of every occurrence of `needle`. */
function linesOf(xml: string, needle: string): number[] {
  return xml
    .split('\n')
    .map((text, i) => (text.includes(needle) ? i + 1 : 0))
    .filter((n) => n > 0);
}

const projectOnly = (xml: string): Promise<Problem[]> =>
  checkManifest(xml, { projectRoot: ROOT, schemaDir: null });

describe('the real manifest', () => {
  it(`passes every check${HAS_SCHEMA ? ', schema included' : SKIP_NOTE}`, async () => {
    const report = await validateManifest(REAL, { projectRoot: ROOT });
    expect(report.problems).toEqual([]);
    expect(report.schema.status).toBe(HAS_SCHEMA ? 'passed' : 'skipped');
  });

  it('declares the two Premia buttons on the Home tab and ExcelApi 1.13', () => {
    expect(REAL).toMatch(/<OfficeTab id="TabHome">/);
    expect(REAL).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>validaPesi<\/FunctionName>/);
    expect(REAL).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(REAL).toMatch(/<Set Name="ExcelApi" MinVersion="1.13" \/>/);
    expect(REAL).not.toMatch(/<AppDomains>/);
  });

  it('has icons of the declared pixel sizes in assets/', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(readPngSize(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});

describe('schema check (XSD)', () => {
  schemaIt(`reports an element out of order with its line${SKIP_NOTE}`, async () => {
    const xml = mutate(
      REAL,
      '  <ProviderName>Premia</ProviderName>\n  <DefaultLocale>it-IT</DefaultLocale>',
      '  <DefaultLocale>it-IT</DefaultLocale>\n  <ProviderName>Premia</ProviderName>',
    );
    const problems = await checkManifest(xml, { projectRoot: ROOT });
    expect(problems).toEqual([
      {
        check: 'schema',
        message: "Element 'DefaultLocale': This element is not expected. Expected is ( ProviderName ).",
        line: linesOf(xml, '<DefaultLocale>')[0],
      },
    ]);
  });

  schemaIt(`reports a missing FunctionName with its line${SKIP_NOTE}`, async () => {
    const xml = mutate(REAL, '<FunctionName>validaPesi</FunctionName>', '');
    const problems = await checkManifest(xml, { projectRoot: ROOT });
    const schema = problems.filter((p) => p.check === 'schema');
    expect(schema).toEqual([
      {
        check: 'schema',
        message: "Element 'Action': Missing child element(s). Expected is ( FunctionName ).",
        line: linesOf(xml, '<Action xsi:type="ExecuteFunction">')[0],
      },
    ]);
  });

  schemaIt(`also rejects a non-GUID Id and a 126-character short string${SKIP_NOTE}`, async () => {
    let xml = mutate(REAL, '<Id>f50468a5-637d-4149-87cd-ba6c512593d9</Id>', '<Id>premia-addin</Id>');
    xml = mutate(xml, 'Value="Validate weights"', `Value="${'x'.repeat(126)}"`);
    const schema = (await checkManifest(xml, { projectRoot: ROOT })).filter((p) => p.check === 'schema');
    expect(schema.map((p) => p.line)).toEqual([linesOf(xml, '<Id>')[0], linesOf(xml, 'x'.repeat(126))[0]]);
    expect(schema[0].message).toMatch(/Element 'Id': .*'premia-addin'/);
    expect(schema[1].message).toMatch(/'Value'.*length.*125/);
  });

  it('is skipped, not failed, when the schema folder is absent', async () => {
    const report = await validateManifest(REAL, {
      projectRoot: ROOT,
      schemaDir: join(tmpdir(), 'no-such-schemas'),
    });
    expect(report.schema.status).toBe('skipped');
    expect(report.problems).toEqual([]);
  });
});

describe("project's own checks", () => {
  it('reports a missing FunctionName even without the schema', async () => {
    const xml = mutate(REAL, '<FunctionName>validaPesi</FunctionName>', '');
    expect(await projectOnly(xml)).toEqual([
      {
        check: 'function',
        message: 'ExecuteFunction action of Control Premia.ValidaPesi has no FunctionName',
        line: linesOf(xml, '<Action xsi:type="ExecuteFunction">')[0],
      },
    ]);
  });

  it('reports an unresolved resid with its line', async () => {
    const xml = mutate(REAL, '<Label resid="Premia.Group.Label" />', '<Label resid="Premia.Group.Labl" />');
    expect(await projectOnly(xml)).toEqual([
      {
        check: 'resid',
        message:
          'resid "Premia.Group.Labl" of <Label> (Group Premia.Group) has no entry in Resources/ShortStrings',
        line: linesOf(xml, 'Premia.Group.Labl')[0],
      },
    ]);
  });

  it('reports a resid that points to the wrong kind of resource', async () => {
    const xml = mutate(
      REAL,
      '<Label resid="Premia.Group.Label" />',
      '<Label resid="Premia.ValidaPesi.Tip" />',
    );
    const problems = await projectOnly(xml);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(
      /resid "Premia.ValidaPesi.Tip" of <Label> points to a LongStrings entry .* needs a ShortStrings one/,
    );
  });

  it('reports an http URL', async () => {
    const xml = mutate(
      REAL,
      '"https://localhost:3000/commands.html"',
      '"http://localhost:3000/commands.html"',
    );
    expect(await projectOnly(xml)).toEqual([
      {
        check: 'url',
        message:
          '<bt:Url id="Premia.Commands.Url"> "http://localhost:3000/commands.html" uses http: Office add-ins load only https URLs',
        line: linesOf(xml, 'http://localhost:3000/commands.html')[0],
      },
    ]);
  });

  it('reports an http URL in a locale override', async () => {
    const xml = mutate(
      REAL,
      '<SupportUrl DefaultValue="https://localhost:3000/index.html" />',
      '<SupportUrl DefaultValue="https://localhost:3000/index.html">\n    <Override Locale="en-US" Value="http://example.org/help" />\n  </SupportUrl>',
    );
    const problems = await projectOnly(xml);
    expect(problems.map((p) => [p.check, p.line])).toEqual([
      ['url', linesOf(xml, 'http://example.org/help')[0]],
    ]);
    expect(problems[0].message).toContain('override for en-US');
  });

  it('reports a non-GUID Id', async () => {
    const xml = mutate(REAL, '<Id>f50468a5-637d-4149-87cd-ba6c512593d9</Id>', '<Id>premia-addin</Id>');
    expect(await projectOnly(xml)).toEqual([
      {
        check: 'id',
        message:
          '<Id> "premia-addin" is not a GUID (expected 8-4-4-4-12 hexadecimal digits, e.g. f50468a5-637d-4149-87cd-ba6c512593d9)',
        line: linesOf(xml, '<Id>')[0],
      },
    ]);
  });

  it('accepts a 125-character short string and rejects 126 characters', async () => {
    const original = '<bt:Override Locale="en-US" Value="Validate weights" />';
    const ok = mutate(REAL, original, `<bt:Override Locale="en-US" Value="${'è'.repeat(125)}" />`);
    expect(await projectOnly(ok)).toEqual([]);
    const long = mutate(REAL, original, `<bt:Override Locale="en-US" Value="${'è'.repeat(126)}" />`);
    expect(await projectOnly(long)).toEqual([
      {
        check: 'length',
        message: expect.stringMatching(
          /^ShortStrings "Premia.ValidaPesi.Label" override for en-US has 126 characters; the limit is 125/,
        ),
        line: linesOf(long, 'è'.repeat(126))[0],
      },
    ]);
  });

  it('rejects a 251-character long string', async () => {
    const xml = mutate(
      REAL,
      'DefaultValue="Apre il riquadro di Premia: validazione, punteggi e distribuzione del fondo."',
      `DefaultValue="${'a'.repeat(251)}"`,
    );
    const problems = await projectOnly(xml);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(
      /^LongStrings "Premia.ApriPremia.Tip" DefaultValue has 251 characters; the limit is 250/,
    );
  });

  it('reports a FunctionName that src/commands does not associate', async () => {
    const xml = mutate(
      REAL,
      '<FunctionName>validaPesi</FunctionName>',
      '<FunctionName>validaTutto</FunctionName>',
    );
    expect(await projectOnly(xml)).toEqual([
      {
        check: 'function',
        message:
          'FunctionName "validaTutto" (Control Premia.ValidaPesi) is not associated in src/commands: add Office.actions.associate("validaTutto", ...) to src/commands/commands.ts',
        line: linesOf(xml, 'validaTutto')[0],
      },
    ]);
  });

  it('reports an icon whose pixel size differs from the size it is used at', async () => {
    const xml = mutate(
      REAL,
      '<bt:Image id="Premia.Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png" />',
      '<bt:Image id="Premia.Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png" />',
    );
    const problems = await projectOnly(xml);
    // One problem per place that shows the 16 px icon: the group and both buttons.
    expect(problems).toEqual(
      linesOf(xml, '<bt:Image size="16" resid="Premia.Icon.16" />').map((line) => ({
        check: 'icon',
        message: 'icon-32.png is 32x32 px but resid "Premia.Icon.16" at size 16 needs 16x16 px',
        line,
      })),
    );
    expect(problems).toHaveLength(3);
  });

  it('reports an icon file missing from assets/', async () => {
    const xml = mutate(REAL, '/assets/icon-80.png', '/assets/icon-81.png');
    const problems = await projectOnly(xml);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ check: 'icon', line: linesOf(xml, 'icon-81.png')[0] });
    expect(problems[0].message).toContain('icon file assets/icon-81.png');
  });

  it('reports a ribbon Icon list without the 80 px image', async () => {
    const group = REAL.indexOf('<Group id="Premia.Group">');
    const at = REAL.indexOf('<bt:Image size="80" resid="Premia.Icon.80" />', group);
    const xml =
      REAL.slice(0, at) + REAL.slice(at).replace(/<bt:Image size="80" resid="Premia.Icon.80" \/>\s*/, '');
    const problems = await projectOnly(xml);
    expect(problems).toEqual([
      {
        check: 'icon',
        message: 'Icon of Group Premia.Group lacks size 80 (Office needs 16, 32, 80)',
        line: expect.any(Number),
      },
    ]);
  });

  it('reports malformed XML with its line', async () => {
    const xml = mutate(
      REAL,
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>ReadWriteDocument</Permission>',
    );
    expect(await projectOnly(xml)).toEqual([
      {
        check: 'xml',
        message: `end tag </Permission> does not match <Permissions> opened on line ${linesOf(xml, '<Permissions>')[0]}`,
        line: linesOf(xml, '<Permissions>')[0],
      },
    ]);
  });
});

describe('associatedActions', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'premia-commands-'));
    mkdirSync(join(dir, 'src', 'commands'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds associate calls with any quote style and ignores commented-out ones', () => {
    writeFileSync(
      join(dir, 'src', 'commands', 'commands.ts'),
      [
        "Office.actions.associate('uno', f);",
        'Office.actions.associate(\n  "due", g);',
        'Office.actions.associate(`tre`, h);',
        "// Office.actions.associate('vecchia', f);",
        "/* Office.actions.associate('bloccata', f); */",
      ].join('\n'),
    );
    expect([...associatedActions(dir).keys()].sort()).toEqual(['due', 'tre', 'uno']);
  });

  it('finds the real validaPesi registration', () => {
    expect(associatedActions(ROOT).get('validaPesi')).toBe(join('src', 'commands', 'commands.ts'));
  });
});

describe('validate-manifest CLI', () => {
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [tsx, join(ROOT, 'scripts', 'validate-manifest.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('exits 0 on the real manifest and says whether the schema ran', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('manifest.xml: OK');
    expect(r.stdout).toContain(
      HAS_SCHEMA ? 'schema check: OfficeAppManifestV1_1.xsd' : 'schema check skipped',
    );
  });

  it('exits 1 with file:line messages on a broken manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'premia-manifest-'));
    try {
      const xml = mutate(REAL, '<Label resid="Premia.Group.Label" />', '<Label resid="Nope" />');
      const file = join(dir, 'broken.xml');
      writeFileSync(file, xml);
      const r = run([file]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        `broken.xml:${linesOf(xml, 'resid="Nope"')[0]}: [resid] resid "Nope" of <Label>`,
      );
      expect(r.stderr).toContain('1 problem(s)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
