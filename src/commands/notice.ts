/** The small dialog of "Valida pesi": shows the summary passed in the address, closes on click. */
const params = new URLSearchParams(location.search);
const title = document.getElementById('title');
const detail = document.getElementById('detail');
if (title) title.textContent = params.get('title') ?? '';
if (detail) detail.textContent = params.get('detail') ?? '';
document.getElementById('close')?.addEventListener('click', () => {
  Office.context.ui.messageParent('close');
});
Office.onReady(() => undefined);
