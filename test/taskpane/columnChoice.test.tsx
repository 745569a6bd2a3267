/**
 * The column of a role several headers name: offered in the pane, and the user's pick saved in
 * the mapping and read back by the next reading.
 */
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook } from '../../src/workbook/pipeline';
import { MAPPING_SETTING } from '../../src/workbook/recognize';
import { columnChoicesFor, mappingJson } from '../../src/taskpane/detection';
import { Detection } from '../../src/taskpane/Detection';
import type { PremiaActions, PremiaState } from '../../src/taskpane/state';

async function book() {
  const b = XlsxWorkbook.create();
  const ws = b.workbook.addWorksheet('Progetti');
  ws.addRow([
    'Progressivo',
    'Tipologia progetto',
    'Titolo del progetto',
    'Personale da coinvolgere',
    'N. DIP.',
  ]);
  ws.addRow([1, 'GENERALE', 'Uno', 'tutti', 12]);
  ws.addRow([2, 'SETTORE 1', 'Due', 'ufficio tecnico', 3]);
  return b;
}

describe('choosing the column of a role', () => {
  it('offers the columns recognition chose between, the one read first', async () => {
    const loaded = await loadWorkbook(await book());
    const [t] = loaded.tables;
    expect(t.columns.headcount).toBe(4);
    expect(columnChoicesFor(t)).toEqual([{ role: 'headcount', columns: [4, 3] }]);
  });

  it("saves the user's pick, and the next reading uses it", async () => {
    const b = await book();
    const first = await loadWorkbook(b);
    const [t] = first.tables;
    await b.writeSettings({
      [MAPPING_SETTING]: mappingJson(first.tables, {}, [], { [t.id]: { headcount: 3 } }),
    });
    const second = await loadWorkbook(b);
    expect(second.tables[0].columns.headcount).toBe(3);
    expect(second.tables[0].confirmed).toBe(true);
  });

  it('shows one drop-down per such role, named after the header and the table', async () => {
    const loaded = await loadWorkbook(await book());
    const noop = async () => undefined;
    const actions = new Proxy({}, { get: () => noop }) as unknown as PremiaActions;
    const state = { loaded } as unknown as PremiaState;
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <Detection state={state} actions={actions} />
      </FluentProvider>,
    );
    expect(html.match(/data-testid="column-choice"/g)).toHaveLength(1);
    expect(html).toContain('Colonna letta per «N. DIP.» in Progetti!A1:E3');
    expect(html).toContain('E · N. DIP.');
  });
});
