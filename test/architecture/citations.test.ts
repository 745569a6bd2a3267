/**
 * The project stands on its own: comments and docs cite documents of the repository (docs/*.md),
 * never the domain brief or the reference plans kept outside it (the manifest schema read from
 * beside the project is a tool input, not a citation). Every `docs/NAME.md` cited under src/,
 * bench/, examples/, scripts/ and docs/ must exist.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(rel);
    return /\.(ts|tsx|md)$/.test(e.name) ? [rel] : [];
  });
}

const scanned = ['src', 'bench', 'examples', 'docs', 'scripts'].flatMap(filesUnder).concat('README.md');

/** Citations of repository docs and of files outside the repository, per file. */
export function citationProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/docs\/([\w-]+)\.md/g)) {
    if (!fs.existsSync(path.join(ROOT, 'docs', `${m[1]}.md`)))
      problems.push(`${file}: ${m[0]} does not exist`);
  }
  for (const m of text.matchAll(/(?<![\w/])DOMAIN\.md|shared\/seeds|shared\/DOMAIN/g)) {
    problems.push(`${file}: cites ${m[0]}, which is outside the repository`);
  }
  return problems;
}

describe('citations', () => {
  it('every cited document is in the repository', () => {
    const problems = scanned.flatMap((f) => citationProblems(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('flags a missing doc and a brief outside the repository', () => {
    expect(citationProblems('x.ts', '// see docs/domain.md section 4')).toEqual([]);
    expect(citationProblems('x.ts', '// see docs/no-such-doc.md')).toHaveLength(1);
    expect(citationProblems('x.ts', '// DOMAIN.md section 5')[0]).toContain('outside the repository');
    expect(citationProblems('x.ts', "// '../shared/seeds/000.txt'")[0]).toContain('outside');
  });
});
