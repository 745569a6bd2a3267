/**
 * Where the CLI may write, and how: never over the input, and never in place. A copy is written
 * to a temporary file next to the destination, flushed to disk, then renamed over it, so that
 * the destination holds either the old file or the new one, whatever happens (a crash, a kill,
 * a full disk, a file-size limit).
 */
import * as fs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** What the destination names on disk: itself when it exists, else its folder's real path. */
async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/**
 * True when `a` and `b` are the same file: the same path once links are resolved (symbolic
 * links, `/proc/self/cwd/...`), or the same device and inode (hard links, bind mounts).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  if ((await realTarget(a)) === (await realTarget(b))) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a, { bigint: true }), fs.stat(b, { bigint: true })]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist: not the same file
  }
}

/** The error of a write that failed; the destination is as it was before. */
export class WriteFailed extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`cannot write ${file} (${code})`);
    this.name = 'WriteFailed';
  }
}

/** Temporary files start with this, so a user who finds one after a crash knows whose it is. */
export const TEMP_PREFIX = '.premia-';

/**
 * Writes `bytes` as `file` atomically: a temporary file in the same folder (a rename is atomic
 * only within one file system), fsync, rename over the destination, fsync of the folder. An
 * existing destination that is a symbolic link keeps its link: the file it points to is replaced.
 * The new file takes the old file's permissions. On any failure the temporary file is removed
 * and WriteFailed is thrown; the destination was not touched.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const target = await realTarget(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode = 0o666;
  try {
    mode = (await fs.stat(target)).mode & 0o7777;
  } catch {
    // A new file: the usual permissions, less the umask.
  }
  let handle: fs.FileHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, mode);
    created = true;
    let at = 0;
    while (at < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
      at += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
    created = false;
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw new WriteFailed(file, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  // The rename is durable once the folder is flushed; some systems refuse to sync a folder.
  try {
    const folder = await fs.open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Best effort: the file is complete either way.
  }
}
