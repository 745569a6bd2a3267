/**
 * The malformed-workbook corpus (cases.ts) through the .xlsx adapter, the pipeline and the
 * writers, as the CLI and the workbench run it: no exception anywhere, the expected findings at
 * the expected cells, every message in Italian from the catalogue, and the user's sheets
 * unchanged after Premia writes its own (no partial write). A few cases also go through the real
 * CLI (`bin/premia.js`), with the exit codes 0/1/2.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseRange } from '../../src/workbook/a1';
import type { Finding } from '../../src/domain/findings';
import { localizeFinding } from '../../src/domain/findings';
import { hasMessage } from '../../src/i18n';
import { BASE, CASES, type Case } from './cases';
import { corpusDoc, type Answer } from './doc';
import { bytesOf, run, type Outcome } from './run';
import { premia } from '../support/cli';

/** Codes whose findings concern the whole workbook or plan, not one cell. */
const NO_CELL = new Set([
  'READ_NO_TABLES',
  'PARAM_FUND_MISSING',
  'DIST_NO_FUND',
  'OUTPUT_NAME_TAKEN',
  'OUTPUT_EDITED',
]);

/** "Pesi!B4" is among the cells when a finding points at it or at a range that covers it. */
function covers(findings: Finding[], expected: string): boolean {
  const bang = expected.lastIndexOf('!');
  const sheet = expected.slice(0, bang);
  const target = parseRange(expected.slice(bang + 1));
  return findings.some((f) =>
    f.cells.some((c) => {
      if (c.sheet !== sheet) return false;
      const r = parseRange(c.cell);
      return (
        r.top <= target.top && r.bottom >= target.bottom && r.left <= target.left && r.right >= target.right
      );
    }),
  );
}

function answerOf(out: Outcome): Answer {
  return {
    all: out.all,
    exit: out.validation.some((f) => f.severity === 'error') ? 1 : 0,
    refused: out.refused,
    writeRefused: out.writeRefused,
  };
}

describe('the corpus', () => {
  it('has at least 60 cases with unique ids, covering every theme', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    const themes = new Set(CASES.map((c) => c.theme));
    expect(themes.size).toBe(13);
  });

  it('starts from a base plan with no finding at all, distributed', async () => {
    const out = await run(await bytesOf({ build: BASE }));
    expect(out.all.filter((f) => f.code !== 'DIST_DIFFERENTIATION')).toEqual([]);
    expect(out.refused).toBe(false);
  });
});

/** What Premia answered to each case, for the doc (filled by the cases' beforeAll). */
const answers = new Map<string, Answer>();

describe.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  let out: Outcome;
  beforeAll(async () => {
    out = await run(await bytesOf(c));
    answers.set(c.id, answerOf(out));
  });

  it('gives the expected findings at the expected cells', () => {
    const codes = new Set(out.all.map((f) => f.code));
    for (const code of c.expect.codes)
      expect({ code, found: codes.has(code) }).toEqual({ code, found: true });
    for (const cell of c.expect.cells ?? [])
      expect({ cell, covered: covers(out.all, cell) }).toEqual({ cell, covered: true });
    if (c.expect.codes.length === 0) expect(out.validation).toEqual([]);
  });

  it('names the cell of every expected finding', () => {
    for (const code of c.expect.codes) {
      if (NO_CELL.has(code)) continue;
      const withCell = out.all.filter((f) => f.code === code && f.cells.length > 0);
      expect({ code, withCell: withCell.length > 0 }).toEqual({ code, withCell: true });
    }
  });

  it('says every finding in Italian, from the catalogue', () => {
    for (const f of out.all) {
      expect(hasMessage('it', `finding.${f.code}`)).toBe(true);
      expect(f.message.trim()).not.toBe('');
      expect(f.message).not.toContain('finding.');
      expect(f.message).not.toMatch(/\{\w+\}/);
      // Rendered from the Italian template, not the English one.
      expect(localizeFinding(f, 'en').message).not.toBe(f.message);
    }
  });

  it('has the expected exit code and refusals', () => {
    const exit = out.validation.some((f) => f.severity === 'error') ? 1 : 0;
    if (c.expect.exit !== undefined) expect(exit).toBe(c.expect.exit);
    if (c.expect.refused !== undefined) expect(out.refused).toBe(c.expect.refused);
    expect(out.writeRefused).toBe(c.expect.writeRefused === true);
  });

  it("leaves every user's sheet as it was (no partial write)", () => {
    expect(out.after).toEqual(out.before);
    if (out.writeRefused) expect(out.sheetsAfter).toEqual(out.sheetsBefore);
    else expect(out.sheetsAfter.slice(0, out.sheetsBefore.length)).toEqual(out.sheetsBefore);
  });
});

describe('docs/malformed-corpus.md', () => {
  it('lists every case with what Premia answers (npx tsx test/corpus/write-doc.ts rewrites it)', () => {
    expect(answers.size).toBe(CASES.length);
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'malformed-corpus.md'), 'utf8');
    expect(doc).toBe(corpusDoc(CASES, answers));
    for (const c of CASES) for (const code of c.expect.codes) expect(doc).toContain(`\`${code}\``);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the CLI, as a user runs it
// ---------------------------------------------------------------------------------------------

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-corpus-'));

function caseById(id: string): Case {
  const c = CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
}

/** The smallest zip there is: an end-of-central-directory record and no entry. */
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

describe('CLI on the corpus', () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it.each(['tipi-peso-testo', 'date-31-giugno', 'fogli-apostrofo'])(
    'validate %s: exit 1, the finding with its cell in the JSON',
    async (id) => {
      const c = caseById(id);
      const file = path.join(tmp, `${id}.xlsx`);
      fs.writeFileSync(file, await bytesOf(c));
      const r = premia('validate', file, '--json');
      expect(r.code).toBe(c.expect.exit);
      const doc = JSON.parse(r.stdout) as { findings: { code: string; message: string }[] };
      const codes = doc.findings.map((f) => f.code);
      for (const code of c.expect.codes) expect(codes).toContain(code);
      const first = doc.findings.find((f) => f.code === c.expect.codes[0]);
      const cell = (c.expect.cells ?? [])[0];
      expect(first?.message).toContain(cell.slice(cell.lastIndexOf('!') + 1));
    },
  );

  it.each([
    ['a text file named .xlsx', () => Buffer.from('Questo non è un foglio di calcolo.\n', 'utf8')],
    ['an empty zip', () => EMPTY_ZIP],
    [
      'a truncated xlsx',
      async () => {
        const whole = await bytesOf({ build: BASE });
        return Buffer.from(whole.subarray(0, Math.floor(whole.length / 2)));
      },
    ],
  ])('validate on %s: exit 2, an Italian message on stderr', async (name, bytes) => {
    const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.xlsx`);
    fs.writeFileSync(file, await bytes());
    const r = premia('validate', file, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('non è una cartella di lavoro .xlsx leggibile');
    expect(r.stderr).toContain(file);
  });
});
