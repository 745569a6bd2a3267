import { readGroupHeading } from '../../../src/workbook/recognize/headings';

describe('group headings', () => {
  it.each([
    ['OBIETTIVI AREA AMMINISTRATIVA', { area: 'Area Amministrativa', transversal: false }],
    ["OBIETTIVI DELL'AREA TECNICA", { area: 'Area Tecnica', transversal: false }],
    ['OBIETTIVI DI PERFORMANCE TRASVERSALI', { transversal: true }],
    ['OBIETTIVI GESTIONALI TRASVERSALI', { transversal: true }],
    ['OBIETTIVI GESTIONALI SETTORIALI', { transversal: false }],
    ['SERVIZIO FINANZIARIO', { area: 'Servizio Finanziario', transversal: false }],
    [
      'Servizio 1 – Finanziario - Amministrativo',
      { area: 'Servizio 1 – Finanziario - Amministrativo', transversal: false },
    ],
  ])('reads %s', (text, reading) => {
    expect(readGroupHeading(text)).toEqual(reading);
  });

  it.each([
    'PIANO DELLA PERFORMANCE 2024-2026',
    'Stato di attuazione degli obiettivi',
    '(campo dedicato alla relazione)',
    'OBIETTIVI 2025',
  ])('does not read %s as a heading', (text) => {
    expect(readGroupHeading(text)).toBeUndefined();
  });
});
