/** Every ui.* key the pane and the workbench use is in both catalogues, and nothing else is. */
import * as fs from 'fs';
import * as path from 'path';
import { it as itCatalogue } from '../../src/i18n/it';
import { en } from '../../src/i18n/en';
import { CARD_CHOICES, KIND_CHOICES } from '../../src/taskpane/detection';

const SRC = path.join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sources(path.join(dir, e.name))
        : /\.tsx?$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

/** Literal keys, plus the families the views build from values. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of [...sources(path.join(SRC, 'taskpane')), ...sources(path.join(SRC, 'workbench'))]) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/'(ui\.[A-Za-z.]+)'/g)) keys.add(m[1]);
  }
  const families: Record<string, readonly string[]> = {
    'ui.kind': [...KIND_CHOICES, ...CARD_CHOICES],
    'ui.tab': ['detection', 'validation', 'parameters', 'results'],
    'ui.stage': ['reading', 'validating', 'scoring', 'distributing', 'writing', 'saving'],
    'ui.method': ['coefficient', 'relevance', 'weight'],
    'ui.workbench.sample': ['errors', 'clean'],
  };
  for (const [prefix, names] of Object.entries(families)) for (const n of names) keys.add(`${prefix}.${n}`);
  return keys;
}

describe('ui catalogue', () => {
  const used = usedKeys();

  it.each([
    ['it', itCatalogue],
    ['en', en],
  ])('%s has every key the pane uses', (_, catalogue) => {
    expect([...used].filter((k) => !(k in catalogue))).toEqual([]);
  });

  it('Italian and English have the same ui keys', () => {
    const ui = (c: Record<string, string>) =>
      Object.keys(c)
        .filter((k) => k.startsWith('ui.'))
        .sort();
    expect(ui(en)).toEqual(ui(itCatalogue));
  });
});
