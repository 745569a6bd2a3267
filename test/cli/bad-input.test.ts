/**
 * Bad input, clear answer (issue 17, point 4): a device or a huge file refused before reading,
 * parameters files in the wrong encoding or with a key twice, `--params` twice, and control
 * characters of user text kept out of the terminal.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { premia, ROOT } from '../support/cli';
import { terminalText } from '../../src/cli/terminal';
import { text, unzipParts, zipParts } from '../support/package';

jest.setTimeout(60_000);

const sample = path.join(ROOT, 'examples', 'comune-di-valdoria.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-bad-'));

function paramsFile(name: string, bytes: Buffer | string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('files refused before reading', () => {
  it('a device (/dev/zero) is not a file: exit 2 at once', () => {
    const r = premia('inspect', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/zero non è un file');
  });

  it('a file over the size limit: exit 2 naming its size and the limit', () => {
    const big = path.join(tmp, 'enorme.xlsx');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 300 * 1024 * 1024); // sparse: no disk used
    const r = premia('validate', big);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('è troppo grande (300 MB)');
    expect(r.stderr).toContain('fino a 256 MB');
  });
});

describe('the parameters file', () => {
  const json = JSON.stringify({ fund: '70000.00' });

  it('UTF-16, with or without its BOM: a message about the encoding', () => {
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
      Buffer.from(json, 'utf16le'),
    ]) {
      const r = premia('distribute', sample, '--params', paramsFile('utf16.json', bytes));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('è codificato in UTF-16: salvarlo come UTF-8');
    }
  });

  it('bytes that are not UTF-8 (Latin-1): a message about the encoding', () => {
    const file = paramsFile('latin1.json', Buffer.from('{"comune": "Citt\xe0"}', 'latin1'));
    const r = premia('distribute', sample, '--params', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('non è un testo UTF-8');
  });

  it('UTF-8 with a BOM is read', () => {
    const file = paramsFile('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    const r = premia('distribute', sample, '--params', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).fund).toBe('70000.00');
  });

  it('a key written twice is an error naming it', () => {
    const file = paramsFile('twice.json', '{"fund": "70000.00", "fund": "1.00"}');
    const r = premia('distribute', sample, '--params', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fund: la chiave è scritta due volte');
  });

  it('--params given twice is refused', () => {
    const a = paramsFile('a.json', json);
    const r = premia('distribute', sample, '--params', a, '--params', a);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--params è indicato due volte');
  });
});

describe('control characters in user text', () => {
  it('terminalText removes C0 (but line feed and tab), DEL, C1 and bidirectional overrides', () => {
    expect(terminalText('a\u001b[2Jb\u0007c\r\nd\te\u007f\u009b31m\u202Ef\u2066')).toBe('a[2Jbc\nd\te31mf');
  });

  it('a name holding ESC[2J, BEL and CSI is printed without them; --json keeps them escaped', async () => {
    // As Excel stores them: `_x001B_` in the shared strings (ExcelJS would drop a raw ESC).
    const parts = unzipParts(new Uint8Array(fs.readFileSync(sample)));
    const sst = text(parts, 'xl/sharedStrings.xml');
    expect(sst).toContain('Rossi Maria');
    parts.set(
      'xl/sharedStrings.xml',
      strToU8(sst.split('Rossi Maria').join('Rossi_x001B_[2J Maria_x0007__x009B_')),
    );
    const file = path.join(tmp, 'escape.xlsx');
    fs.writeFileSync(file, zipParts(parts));
    const printed = premia('distribute', file);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('Rossi[2J Maria');
    // eslint-disable-next-line no-control-regex -- the control characters are what must be absent
    expect(printed.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const json = premia('distribute', file, '--json');
    expect(json.stdout).toContain('Rossi\\u001b[2J Maria');
  });
});

describe('compound files', () => {
  /** An OLE compound file header, with a directory entry name in UTF-16 somewhere after it. */
  function compound(entry: string): Buffer {
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    return Buffer.concat([header, Buffer.from(entry, 'utf16le'), Buffer.alloc(64)]);
  }

  it('a workbook with a password to open says so', () => {
    const file = paramsFile('cifrata.xlsx', compound('EncryptionInfo'));
    const r = premia('inspect', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('è protetta da una password di apertura');
  });

  it('an old .xls workbook says so', () => {
    const file = paramsFile('vecchia.xls', compound('Workbook'));
    const r = premia('inspect', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('formato .xls di Excel 97-2003');
  });
});
