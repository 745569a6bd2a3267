/** Rewrites docs/malformed-corpus.md from the corpus: `npx tsx test/corpus/write-doc.ts`. */
import * as fs from 'fs';
import * as path from 'path';
import { CASES } from './cases';
import { corpusDoc, type Answer } from './doc';
import { bytesOf, run } from './run';

async function main(): Promise<void> {
  const answers = new Map<string, Answer>();
  for (const c of CASES) {
    const out = await run(await bytesOf(c));
    answers.set(c.id, {
      all: out.all,
      exit: out.validation.some((f) => f.severity === 'error') ? 1 : 0,
      refused: out.refused,
      writeRefused: out.writeRefused,
    });
  }
  const file = path.join(__dirname, '..', '..', 'docs', 'malformed-corpus.md');
  fs.writeFileSync(file, corpusDoc(CASES, answers));
  process.stdout.write(`${file}: ${CASES.length} cases\n`);
}

void main();
