/**
 * The workbench page in a real browser (Chromium through playwright-core): the task pane over
 * the sample workbooks, from validation to the distribution sheet, read back from the page's
 * sheet view to the cent. Builds the production bundle first when dist/ is older than src/.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BUILD_TIMEOUT_MS, DIST, ensureBuild } from '../support/build';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../support/browser';

const haveBrowser = fs.existsSync(CHROMIUM);

jest.setTimeout(180_000);

/** The summary rows of the distribution sheet: label in column A -> cents from column B. */
async function distributionSummary(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-testid="sheet-grid"] tbody tr', (rows) => {
    const out: Record<string, number> = {};
    for (const row of rows) {
      const label = row.querySelector('td[data-cell^="A"]')?.textContent?.trim() ?? '';
      const value = row.querySelector('td[data-cell^="B"]')?.getAttribute('data-value') ?? '';
      if (label !== '' && value !== '' && !Number.isNaN(Number(value)) && !(label in out))
        out[label] = Math.round(Number(value) * 100);
    }
    return out;
  });
}

const describeBrowser = haveBrowser ? describe : describe.skip;
if (!haveBrowser) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}`);

describeBrowser('workbench page in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;

  // The build happens here only when this file runs alone (a whole run builds in global setup).
  beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);

  beforeAll(async () => {
    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(query = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // Failed requests are reported by the response handler, with their address.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${base}/workbench.html${query}`);
    await page.waitForSelector('[data-testid="table"]');
    expect(errors).toEqual([]);
    return page;
  }

  test('validates the sample with mistakes, selects cells, saves parameters, distributes the clean one', async () => {
    const page = await open();
    expect(await page.textContent('[data-testid="file-name"]')).toBe('comune-di-valdoria-con-errori.xlsx');
    // Each table card says what reading it met, as inspect does: here the area from its title row.
    expect(await page.locator('[data-testid="table-remarks"]').first().textContent()).toContain(
      '«Area Amministrativa» dal titolo in B4',
    );

    // Validation: the area whose weights add up to 103.
    await page.click('[data-testid="tab-validation"]');
    await page.click('[data-testid="validate"]');
    const weights = page.locator('[data-testid="finding"][data-code="WEIGHTS_SUM"]');
    await weights.waitFor();
    expect(await weights.textContent()).toContain('103');
    expect(await page.textContent('[data-testid="validation-summary"]')).toMatch(/Errori: \d+ · avvisi: \d+/);
    // The validation report was written and shows up as a sheet tab.
    await page.waitForSelector('[data-testid="sheet-tab"][data-sheet="Premia - Verifica"]');

    // Clicking the finding selects its cells on its sheet in the sheet view.
    const place = (await weights.locator('span > span').last().textContent()) ?? '';
    const [sheet, cells] = place.split('!');
    const firstCell = cells.split(':')[0];
    await weights.click();
    await page.waitForSelector(`[data-testid="sheet-grid"][data-sheet="${sheet}"]`);
    await page.waitForSelector(`td[data-cell="${firstCell}"][data-selected="true"]`);
    expect(await page.getAttribute(`[data-testid="sheet-tab"][data-sheet="${sheet}"]`, 'aria-selected')).toBe(
      'true',
    );
    expect(await page.locator('td[data-selected="true"]').count()).toBeGreaterThan(0);

    // Highlight the offending cells (Premia's conditional formats), then remove them again.
    const valueBefore = await page.getAttribute(`td[data-cell="${firstCell}"]`, 'data-value');
    await page.click('[data-testid="highlight"]');
    await page.waitForSelector(`td[data-cell="${firstCell}"][data-highlighted="true"]`);
    expect(await page.textContent('[data-testid="highlight-status"]')).toMatch(
      /Celle evidenziate: \d+ intervalli/,
    );
    expect(await page.getAttribute(`td[data-cell="${firstCell}"]`, 'data-value')).toBe(valueBefore);
    await page.click('[data-testid="clear-highlight"]');
    await page.waitForSelector('[data-testid="highlight-status"]:has-text("Nessuna cella evidenziata")');
    expect(await page.locator('td[data-highlighted="true"]').count()).toBe(0);

    // Parameters: change the fund and save; the pane reads it back from the parameters sheet.
    await page.click('[data-testid="tab-parameters"]');
    const fund = page.locator('[data-testid="param-fund"]');
    await fund.fill('75.000,00');
    await page.click('[data-testid="save-params"]');
    await page.waitForSelector('[data-testid="notice"]');
    expect(await fund.inputValue()).toBe('75.000,00');
    await page.click('[data-testid="sheet-tab"][data-sheet="Parametri Premia"]');
    await page.waitForSelector(
      '[data-testid="sheet-grid"][data-sheet="Parametri Premia"] td[data-value="75000"]',
    );

    // The clean sample: distribute and check the distribution sheet to the cent.
    await page.selectOption('[data-testid="sample-select"]', 'comune-di-valdoria.xlsx');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="file-name"]')?.textContent === 'comune-di-valdoria.xlsx',
    );
    await page.waitForSelector('[data-testid="table"]');
    await page.click('[data-testid="tab-results"]');
    await page.click('[data-testid="distribute"]');
    await page.waitForSelector('[data-testid="totals"]');
    // Every achievement is there: the Risultati tab says the plan is in the payment phase.
    expect(await page.getAttribute('[data-testid="phase"]', 'data-phase')).toBe('payment');
    expect(await page.textContent('[data-testid="phase"]')).toContain('Fase: liquidazione');
    await page.click('[data-testid="sheet-tab"][data-sheet="Premia - Distribuzione"]');
    await page.waitForSelector('[data-testid="sheet-grid"][data-sheet="Premia - Distribuzione"]');
    const s = await distributionSummary(page);
    for (const label of ['Fondo', 'Riserva', 'Non assegnato', 'Pagato', 'Economie'])
      expect(Number.isInteger(s[label])).toBe(true);
    expect(s.Fondo).toBeGreaterThan(0);
    expect(s.Pagato + s.Economie + s.Riserva + s['Non assegnato']).toBe(s.Fondo);
    // The pane's summary says the same amounts.
    const cents = async (id: string) =>
      Number(await page.getAttribute(`[data-testid="${id}"]`, 'data-cents'));
    expect(await cents('total-fund')).toBe(s.Fondo);
    expect(await cents('total-paid')).toBe(s.Pagato);
    expect(await cents('total-economie')).toBe(s.Economie);

    await page.screenshot({ path: '/tmp/workbench.png' });
    await page.close();
  });

  test('speaks English with ?lang=en', async () => {
    const page = await open('?lang=en');
    // (Fluent's tab holds its label twice: once hidden, to reserve the bold width.)
    expect(await page.innerText('[data-testid="tab-validation"]')).toBe('Validation');
    await page.click('[data-testid="tab-validation"]');
    await page.click('[data-testid="validate"]');
    const weights = page.locator('[data-testid="finding"][data-code="WEIGHTS_SUM"]');
    await weights.waitFor();
    expect(await weights.textContent()).toContain('the objective weights add up to 103 instead of 100');
    expect(await page.textContent('[data-testid="validation-summary"]')).toMatch(
      /Errors: \d+ · warnings: \d+/,
    );
    await page.close();
  });
});
