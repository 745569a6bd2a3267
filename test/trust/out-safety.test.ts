/**
 * `--out` is never the input, under any name, and a write that fails leaves the destination as
 * it was (issue 17, "atomic and safe destinations").
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { premia, ROOT } from '../support/cli';
import { sameFile, writeFileAtomic, WriteFailed, TEMP_PREFIX } from '../../src/cli/files';

const sample = path.join(ROOT, 'examples', 'comune-di-valdoria.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-out-'));
const original = fs.readFileSync(sample);

/** A fresh copy of the sample to play the user's file. */
function input(name: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, `${name}-`));
  const file = path.join(dir, 'plan.xlsx');
  fs.writeFileSync(file, original);
  return file;
}

function expectRefused(r: { code: number | null; stderr: string }, file: string): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('è il file di partenza');
  expect(fs.readFileSync(file).equals(original)).toBe(true);
}

describe('--out is never the input', () => {
  it('refuses a symbolic link to the input', () => {
    const file = input('symlink');
    const link = path.join(path.dirname(file), 'link.xlsx');
    fs.symlinkSync(file, link);
    expectRefused(premia('distribute', file, '--out', link), file);
  });

  it('refuses the input given through a link, --out naming the real file', () => {
    const file = input('via-link');
    const linkedDir = path.join(tmp, 'linked-dir');
    fs.symlinkSync(path.dirname(file), linkedDir);
    expectRefused(premia('distribute', path.join(linkedDir, 'plan.xlsx'), '--out', file), file);
  });

  it('refuses a hard link to the input', () => {
    const file = input('hardlink');
    const hard = path.join(path.dirname(file), 'hard.xlsx');
    fs.linkSync(file, hard);
    expectRefused(premia('distribute', file, '--out', hard), file);
  });

  it('refuses /proc/self/cwd/... naming the input', () => {
    const file = input('proc');
    // Concatenated, not path.join: join would fold the ".." into /proc itself.
    const alias = `/proc/self/cwd/${path.relative(ROOT, file)}`;
    expectRefused(premia('validate', file, '--out', alias), file);
  });

  it('refuses a path with dots and doubled slashes', () => {
    const file = input('dots');
    const alias = `${path.dirname(file)}//./../${path.basename(path.dirname(file))}/plan.xlsx`;
    expectRefused(premia('score', file, '--out', alias), file);
  });

  it('refuses an empty --out, writing nothing', () => {
    const file = input('empty');
    const before = fs.readdirSync(path.dirname(file));
    const r = premia('distribute', file, '--out', '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out vuoto');
    expect(fs.readdirSync(path.dirname(file))).toEqual(before);
  });

  it('sameFile: distinct files are distinct, a missing file is not the input', async () => {
    const file = input('distinct');
    const other = path.join(path.dirname(file), 'other.xlsx');
    fs.writeFileSync(other, original);
    expect(await sameFile(file, other)).toBe(false);
    expect(await sameFile(file, path.join(path.dirname(file), 'missing.xlsx'))).toBe(false);
    expect(await sameFile(file, file)).toBe(true);
  });
});

describe('writes are atomic', () => {
  it('a write over an existing file replaces it whole and leaves no temporary file', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'atomic-'));
    const dest = path.join(dir, 'out.xlsx');
    fs.writeFileSync(dest, 'old');
    fs.chmodSync(dest, 0o640);
    await writeFileAtomic(dest, new TextEncoder().encode('new content'));
    expect(fs.readFileSync(dest, 'utf8')).toBe('new content');
    expect(fs.statSync(dest).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('a destination that is a link to another file keeps its link; the file it names is replaced', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'atomic-link-'));
    const real = path.join(dir, 'real.xlsx');
    const link = path.join(dir, 'link.xlsx');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync(real, link);
    await writeFileAtomic(link, new TextEncoder().encode('new'));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('new');
  });

  it('a failed write (missing folder) throws WriteFailed', async () => {
    const dest = path.join(tmp, 'no-such-folder', 'out.xlsx');
    await expect(writeFileAtomic(dest, new Uint8Array([1]))).rejects.toBeInstanceOf(WriteFailed);
  });

  it('a write over the file-size limit fails, says the destination was not touched, and leaves it as it was', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'ulimit-'));
    const dest = path.join(dir, 'out.xlsx');
    fs.writeFileSync(dest, 'the old copy');
    // Warm the CLI's bundle first: the limit must hit the copy, not the bundle's cache.
    expect(premia('validate', sample).code).toBe(0);
    const r = spawnSync(
      '/bin/sh',
      [
        '-c',
        'ulimit -f 8 && exec "$0" "$@"',
        process.execPath,
        path.join(ROOT, 'bin', 'premia.js'),
        'distribute',
        sample,
        '--out',
        dest,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('impossibile scrivere');
    expect(r.stderr).toContain('non è stato toccato');
    expect(fs.readFileSync(dest, 'utf8')).toBe('the old copy');
    expect(fs.readdirSync(dir).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  });
});
