/**
 * How the adapter reaches Excel: a `run` function with the shape of `Excel.run`. The adapter
 * never touches the `Excel` global itself, so it loads anywhere (tests, the workbench) and the
 * tests inject an in-memory fake.
 */

/** One batch of work against a request context, as `Excel.run(batch)` runs it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The `run` to use inside Excel. `delayForCellEdit: true` makes Excel wait until the user leaves
 * the cell being edited instead of failing with InvalidOperationInCellEditMode (ExcelApi 1.11;
 * where it is not honoured, the adapter reports the 'editMode' error instead). The global is read
 * only when a batch runs, never at import time.
 */
export function excelRun(options: Excel.RunOptions = { delayForCellEdit: true }): ExcelRun {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run<T>(options, batch);
}
