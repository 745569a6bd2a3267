/**
 * The layer rule, as data: which folders of src/ may import which, and which packages.
 * Dependencies point inwards: domain/i18n <- workbook <- adapters <- taskpane, commands, cli <- workbench.
 */
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';

export interface Layer {
  /** Folder under src/. */
  dir: string;
  /** Other layers it may import. */
  mayImport: string[];
  /** Packages it may import (prefix match on the package name); Node built-ins only when listed as 'node:'. */
  packages: string[];
}

export const LAYERS: Layer[] = [
  { dir: 'i18n', mayImport: [], packages: [] },
  { dir: 'domain', mayImport: ['i18n'], packages: [] },
  { dir: 'workbook', mayImport: ['domain', 'i18n'], packages: [] },
  {
    dir: 'adapters/office',
    mayImport: ['workbook', 'domain', 'i18n'],
    packages: ['@microsoft/office-js-helpers'],
  },
  { dir: 'adapters/xlsx', mayImport: ['workbook', 'domain', 'i18n'], packages: ['exceljs', 'fflate'] },
  {
    dir: 'taskpane',
    mayImport: ['adapters/office', 'workbook', 'domain', 'i18n'],
    packages: ['react', 'react-dom', '@fluentui/'],
  },
  { dir: 'commands', mayImport: ['adapters/office', 'workbook', 'domain', 'i18n'], packages: [] },
  {
    dir: 'cli',
    mayImport: ['adapters/xlsx', 'workbook', 'domain', 'i18n'],
    packages: ['commander', 'node:', 'exceljs'],
  },
  {
    dir: 'workbench',
    mayImport: ['taskpane', 'adapters/xlsx', 'workbook', 'domain', 'i18n'],
    packages: ['react', 'react-dom', '@fluentui/', 'exceljs'],
  },
];

export const SRC = path.join(__dirname, '..', '..', 'src');

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Module specifiers of import/export-from/require/import() statements. */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) specs.push(m[1]);
  return specs;
}

export function layerOf(file: string): Layer | undefined {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  return LAYERS.filter((l) => rel === l.dir || rel.startsWith(`${l.dir}/`)).sort(
    (a, b) => b.dir.length - a.dir.length,
  )[0];
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every violation of the layer rule in one file, as readable sentences. */
export function violations(file: string, source: string): string[] {
  const layer = layerOf(file);
  const rel = path.relative(SRC, file);
  if (!layer) return [`${rel}: not inside a known layer folder`];
  const problems: string[] = [];
  for (const spec of importsOf(source)) {
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      const targetLayer = layerOf(target);
      if (!targetLayer) problems.push(`${rel}: imports ${spec}, outside every layer`);
      else if (targetLayer !== layer && !layer.mayImport.includes(targetLayer.dir))
        problems.push(`${rel}: layer ${layer.dir} may not import layer ${targetLayer.dir} (${spec})`);
    } else if (builtins.has(spec)) {
      if (!layer.packages.includes('node:'))
        problems.push(`${rel}: layer ${layer.dir} may not import Node built-in ${spec}`);
    } else if (!layer.packages.some((p) => spec === p || spec.startsWith(p.endsWith('/') ? p : `${p}/`))) {
      problems.push(`${rel}: layer ${layer.dir} may not import package ${spec}`);
    }
  }
  return problems;
}
