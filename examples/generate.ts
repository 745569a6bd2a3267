/**
 * Writes the two sample workbooks of the invented Comune di Valdoria next to this script:
 *   npx tsx examples/generate.ts
 * The content is deterministic; test/examples/sample-workbooks.test.ts fails when the committed
 * files drift from examples/sample-workbooks.ts.
 */
import path from 'path';
import { buildSampleWorkbook, PLANTED_MISTAKES, SAMPLE_FILES, type SampleVariant } from './sample-workbooks';

async function main(): Promise<void> {
  for (const variant of ['clean', 'errors'] as SampleVariant[]) {
    const file = path.join(__dirname, SAMPLE_FILES[variant]);
    await buildSampleWorkbook(variant).xlsx.writeFile(file);
    console.log(`scritto ${path.relative(process.cwd(), file)}`);
  }
  console.log(`errori inseriti nella versione con errori: ${PLANTED_MISTAKES.length}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
