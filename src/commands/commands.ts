/**
 * Ribbon commands (function file). "Valida pesi" validates the workbook without opening the pane.
 * The function names here are the manifest's FunctionName values: `npm run validate` checks them.
 */

async function validaPesi(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Filled in by the Excel issue: read, validate, notify, select the first offending cells.
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('validaPesi', validaPesi);
});
