/**
 * Child process of kill.test.ts: writes two contents of `size` bytes in turn over the file named
 * by argv[2] with writeFileAtomic, forever, until it is killed.
 */
import { writeFileAtomic } from '../../src/cli/files';

async function loop(): Promise<void> {
  const file = process.argv[2];
  const size = Number(process.argv[3]);
  const contents = [new Uint8Array(size).fill(0x41), new Uint8Array(size).fill(0x42)];
  for (let i = 0; ; i++) await writeFileAtomic(file, contents[i % 2]);
}

void loop();
