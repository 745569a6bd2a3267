import * as fs from 'fs';
import * as path from 'path';
import { SRC, sourceFiles, violations, importsOf } from './layers';

describe('layer rule', () => {
  it('holds for every source file', () => {
    const problems = sourceFiles(SRC).flatMap((f) => violations(f, fs.readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });

  const domainFile = path.join(SRC, 'domain', 'x.ts');
  it.each([
    ["import * as Excel from 'exceljs';", 'package exceljs'],
    ["import { createRoot } from 'react-dom/client';", 'package react-dom/client'],
    ["import * as fs from 'fs';", 'Node built-in fs'],
    ["const p = require('node:path');", 'Node built-in node:path'],
    ["import { readSheets } from '../workbook/reader';", 'may not import layer workbook'],
    ["import { x } from '../adapters/office/adapter';", 'may not import layer adapters/office'],
    ["export { App } from '../taskpane/App';", 'may not import layer taskpane'],
  ])('rejects in the domain core: %s', (line, expected) => {
    const found = violations(domainFile, line);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('rejects an adapter importing a layer above it and a sibling adapter', () => {
    const office = path.join(SRC, 'adapters', 'office', 'a.ts');
    expect(violations(office, "import { App } from '../../taskpane/App';")[0]).toContain(
      'may not import layer taskpane',
    );
    expect(violations(office, "import { XlsxWorkbook } from '../xlsx/workbook';")[0]).toContain(
      'may not import layer adapters/xlsx',
    );
    expect(violations(office, "import * as Excel from 'exceljs';")[0]).toContain('package exceljs');
  });

  it('accepts inward imports', () => {
    const cli = path.join(SRC, 'cli', 'main.ts');
    expect(
      violations(
        cli,
        "import { Command } from 'commander';\nimport * as fs from 'node:fs';\nimport { validate } from '../domain/validation';\nimport { XlsxWorkbook } from '../adapters/xlsx/workbook';",
      ),
    ).toEqual([]);
  });

  it('finds imports in every statement form', () => {
    const src =
      "import a from 'a';\nimport type { B } from 'b';\nexport * from 'c';\nimport 'd';\nconst e = require('e');\nconst f = await import('f');";
    expect(importsOf(src).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
