/** The progress line on a terminal, and what the CLI writes after it. */
import { Progress } from '../../src/cli/progress';
import { fsErrorText } from '../../src/cli/commands';

function terminal() {
  const written: string[] = [];
  const stream = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('Progress', () => {
  const ci = process.env.CI;
  beforeEach(() => delete process.env.CI);
  afterAll(() => (ci === undefined ? delete process.env.CI : (process.env.CI = ci)));

  it('clears its line once, so that the next line starts clean', () => {
    const { stream, written } = terminal();
    const p = new Progress(false, stream);
    p.step('Lettura');
    expect(written[0].startsWith('\r█░░░░░ Lettura (')).toBe(true);
    expect(written[0].endsWith(' s)\x1b[K')).toBe(true);
    p.done();
    p.done();
    expect(written.slice(1)).toEqual(['\r\x1b[K']);
  });

  it('writes nothing off a terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const p = new Progress(false, stream);
    p.step('Lettura');
    p.done();
    expect(written).toEqual([]);
  });
});

describe('file-system errors in words', () => {
  const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });

  it('names the common ones in Italian', () => {
    expect(fsErrorText(err('ENOENT'))).toBe('il file o la cartella non esiste');
    expect(fsErrorText(err('EACCES'))).toBe('permesso negato');
    expect(fsErrorText(err('EISDIR'))).toBe('è una cartella, non un file');
    expect(fsErrorText(err('EBUSY'))).toBe('il file è in uso da un altro programma (è aperto in Excel?)');
  });

  it('keeps an unknown code, in a sentence', () => {
    expect(fsErrorText(err('EXDEV'))).toBe('errore del file system (EXDEV)');
  });
});
