import type { Scores } from '../../../src/domain/results';
import { OUTPUT_SHEETS, OUTPUT_TABLES, PERCENT_FORMAT, scoresSheet } from '../../../src/workbook/writers';
import { table, texts } from './helpers';

const scores: Scores = {
  objectives: [
    {
      key: 'Area finanziaria#1',
      id: '1',
      title: 'Riscossione tributi',
      area: 'Area finanziaria',
      achievement: 0.8,
      effective: 0.8,
      source: 'indicators',
      belowSoglia: false,
      indicators: [
        {
          index: 0,
          objectiveKey: 'Area finanziaria#1',
          achievement: 0.8,
          subWeight: 100,
          needsManual: false,
          missingActual: false,
          explanation: '80 / 100 (almeno)',
          cells: [],
        },
      ],
      cells: [
        { sheet: 'Pesi', cell: 'A5:F5' },
        { sheet: 'Indicatori', cell: 'C9' },
      ],
    },
    {
      key: 'Area finanziaria#2',
      id: '2',
      title: '@Bilancio',
      area: 'Area finanziaria',
      achievement: 0.5,
      effective: 0,
      source: 'manual',
      belowSoglia: true,
      indicators: [],
      cells: [{ sheet: 'Pesi', cell: 'A6:F6' }],
    },
    {
      key: 'Area tecnica#1',
      id: '1',
      title: 'Strade',
      area: 'Area tecnica',
      source: 'none',
      belowSoglia: false,
      indicators: [
        {
          index: 1,
          objectiveKey: 'Area tecnica#1',
          subWeight: 100,
          needsManual: false,
          missingActual: true,
          explanation: '',
          cells: [],
        },
      ],
      cells: [],
    },
  ],
  areas: [
    {
      area: 'Area finanziaria',
      score: 0.56,
      weightSum: 100,
      objectives: ['Area finanziaria#1', 'Area finanziaria#2'],
    },
    { area: 'Area tecnica', weightSum: 0, objectives: [], excluded: ['Area tecnica#1'] },
  ],
  findings: [],
};

describe('scoresSheet', () => {
  const spec = scoresSheet(scores);
  const o = table(spec, OUTPUT_TABLES.objectives);
  const a = table(spec, OUTPUT_TABLES.areas);

  it('writes one objective row per score, with fractions in percent format', () => {
    expect(spec.name).toBe(OUTPUT_SHEETS.scores);
    expect(o.headers).toEqual([
      'Area',
      'N.',
      'Obiettivo',
      'Raggiungimento',
      'Sotto soglia',
      'Effettivo',
      'Fonte',
      'Note',
      'Celle',
    ]);
    expect(o.body).toHaveLength(3);
    expect(o.cell(0, 'Raggiungimento')).toEqual({ value: 0.8, format: PERCENT_FORMAT });
    expect(o.cell(1, 'Effettivo')).toEqual({ value: 0, format: PERCENT_FORMAT });
    expect(o.cell(2, 'Raggiungimento').value).toBeNull();
    expect(o.column('Sotto soglia').map((c) => c.value)).toEqual(['No', 'Sì', 'No']);
    expect(o.column('Fonte').map((c) => c.value)).toEqual(['indicatori', 'manuale', 'non calcolabile']);
    expect(o.cell(0, 'Note').value).toBe('indicatore 1: 80 / 100 (almeno)');
    expect(o.cell(2, 'Note').value).toBe('manca il valore raggiunto di 1 indicatore');
  });

  it("links to the objective's first cells", () => {
    expect(o.cell(0, 'Celle')).toEqual({ value: 'Pesi!A5:F5 (+1)', link: { sheet: 'Pesi', cell: 'A5:F5' } });
    expect(o.cell(1, 'Celle').link).toEqual({ sheet: 'Pesi', cell: 'A6:F6' });
    expect(o.cell(2, 'Celle').value).toBeNull();
  });

  it('puts the areas table under the objectives table', () => {
    expect(a.top).toBeGreaterThan(o.top + o.body.length);
    expect(a.headers).toEqual([
      'Area',
      'Punteggio',
      'Somma pesi',
      'Obiettivi nel punteggio',
      'Obiettivi esclusi',
    ]);
    expect(a.body).toHaveLength(2);
    expect(a.cell(0, 'Punteggio')).toEqual({ value: 0.56, format: PERCENT_FORMAT });
    expect(a.cell(0, 'Obiettivi nel punteggio').value).toBe('1, 2');
    expect(a.cell(1, 'Obiettivi esclusi').value).toBe('1');
    expect(a.cell(1, 'Punteggio').value).toBeNull();
    expect(spec.freezeRows).toBe(o.top + 1);
  });

  it('keeps a formula-looking title as text', () => {
    expect(o.cell(1, 'Obiettivo')).toEqual({ value: '@Bilancio' });
  });

  it('writes placeholder rows when there is nothing to score', () => {
    const empty = scoresSheet({ objectives: [], areas: [], findings: [] });
    expect(table(empty, OUTPUT_TABLES.objectives).body).toEqual([
      [{ value: 'Nessun obiettivo' }, ...Array(8).fill({ value: null })],
    ]);
    expect(table(empty, OUTPUT_TABLES.areas).body[0][0].value).toBe('Nessuna area');
  });

  it('speaks English on request', () => {
    const en = scoresSheet(scores, { locale: 'en' });
    expect(table(en, OUTPUT_TABLES.objectives).headers).toContain('Achievement');
    expect(table(en, OUTPUT_TABLES.areas).headers).toContain('Sum of weights');
    expect(texts(en)).toContain('cannot be computed');
    expect(texts(en).some((s) => s.startsWith('sheet.'))).toBe(false);
  });
});
