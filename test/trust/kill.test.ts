/**
 * The kill test (issue 17): `distribute --out` over an existing workbook, killed at random
 * points, leaves the old file or the new one, each a valid workbook, in 20 of 20 runs.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { premia, ROOT } from '../support/cli';

jest.setTimeout(240_000);

const sample = path.join(ROOT, 'examples', 'comune-di-valdoria.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-kill-'));

/** Runs the CLI in its own process group; killed (the whole group) after `killAfter` ms. */
function run(dest: string, killAfter: number | undefined): Promise<{ ms: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    // Detached: bin/premia.js may start Node again with a larger heap; the kill takes both.
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'premia.js'), 'distribute', sample, '--out', dest],
      {
        cwd: ROOT,
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, CI: 'true' },
      },
    );
    let killed = false;
    const timer =
      killAfter === undefined
        ? undefined
        : setTimeout(() => {
            killed = true;
            try {
              process.kill(-child.pid!, 'SIGKILL');
            } catch {
              // Already gone.
            }
          }, killAfter);
    child.on('error', reject);
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve({ ms: Date.now() - start, killed });
    });
  });
}

/** Starts `node --import tsx <script> ...args` in its own process group. */
function child(args: string[]): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, CI: 'true' },
  });
}

function killGroup(c: ChildProcess): void {
  try {
    process.kill(-c.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

describe('kill test', () => {
  it('writeFileAtomic killed while writing 4 MB copies in a loop: the file is always one whole copy', async () => {
    const dest = path.join(tmp, 'loop.bin');
    const size = 4 * 1024 * 1024;
    const old = new Uint8Array(size).fill(0x40);
    for (let i = 0; i < 20; i++) {
      fs.writeFileSync(dest, old);
      const c = child(['--import', 'tsx', path.join(__dirname, 'write-loop.ts'), dest, String(size)]);
      const exited = new Promise((resolve) => c.on('exit', resolve));
      // Startup takes about half a second; the loop then writes a copy every few milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 800));
      killGroup(c);
      await exited;
      const now = fs.readFileSync(dest);
      expect(now.length).toBe(size);
      expect([0x40, 0x41, 0x42]).toContain(now[0]);
      expect(now.every((b) => b === now[0])).toBe(true);
    }
  });

  it('leaves the old or the new workbook, each valid, in 20 of 20 runs', async () => {
    expect(premia('validate', sample).code).toBe(0); // the CLI's bundle is built before timing
    const dest = path.join(tmp, 'out.xlsx');
    const old = new Uint8Array(fs.readFileSync(sample));
    fs.writeFileSync(dest, old);
    const { ms } = await run(dest, undefined);
    const fresh = new Uint8Array(fs.readFileSync(dest));
    expect(Buffer.from(fresh).equals(Buffer.from(old))).toBe(false);

    let sawOld = 0;
    let sawNew = 0;
    for (let i = 0; i < 20; i++) {
      fs.writeFileSync(dest, old);
      await run(dest, Math.floor(Math.random() * ms * 1.1));
      const now = new Uint8Array(fs.readFileSync(dest));
      if (Buffer.from(now).equals(Buffer.from(old))) {
        sawOld++;
        continue;
      }
      // Not the old file: it must be a complete new copy, with Premia's sheets.
      const book = await XlsxWorkbook.load(now);
      const names = (await book.listSheets()).map((s) => s.name);
      expect(names).toContain('Premia - Distribuzione');
      expect(names).toContain('Obiettivi e indicatori');
      sawNew++;
    }
    expect(sawOld + sawNew).toBe(20);
  });
});
