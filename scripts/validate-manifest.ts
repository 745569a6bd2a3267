/**
 * Checks the add-in manifest offline. Usage: npx tsx scripts/validate-manifest.ts [manifest path]
 * (default: manifest.xml at the project root). Exit code 0 when clean, 1 with one line per problem.
 */
import { readFileSync } from 'fs';
import { relative, resolve } from 'path';
import { defaultSchemaDir, formatProblem, MAIN_SCHEMA, validateManifest } from './manifest-checks';

async function main(): Promise<number> {
  const projectRoot = resolve(__dirname, '..');
  const manifestPath = resolve(process.argv[2] ?? resolve(projectRoot, 'manifest.xml'));
  const shown = relative(process.cwd(), manifestPath) || manifestPath;
  let xml: string;
  try {
    xml = readFileSync(manifestPath, 'utf8');
  } catch (err) {
    console.error(`${shown}: cannot read the manifest: ${(err as Error).message}`);
    return 1;
  }

  const report = await validateManifest(xml, { projectRoot, fileName: shown });
  if (report.schema.status === 'skipped') {
    console.log(
      `schema check skipped: ${defaultSchemaDir(projectRoot)} not found (only the project's own checks ran)`,
    );
  } else {
    console.log(`schema check: ${MAIN_SCHEMA} from ${report.schema.dir}: ${report.schema.status}`);
  }
  if (report.problems.length === 0) {
    console.log(`${shown}: OK`);
    return 0;
  }
  for (const p of report.problems) console.error(formatProblem(p, shown));
  console.error(`${shown}: ${report.problems.length} problem(s)`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
