import { parseGotoDate, type GotoTarget } from '../../core/time/goto';
import { el } from '../dom';

/**
 * The "Go to date" dialog (Ctrl/Cmd+G): one text field, because typing "March 2021" is faster
 * than scrolling a century. Unparsable input gets an inline message rather than a jump to
 * somewhere unexpected. A native <dialog> gives focus trapping and Esc-to-close for free.
 */
let dialog: HTMLDialogElement | undefined;
let onGo: (target: GotoTarget) => void = () => undefined;

function build(): HTMLDialogElement {
  const input = el('input', {
    id: 'goto-date-input',
    type: 'text',
    autocomplete: 'off',
    spellcheck: false,
    placeholder: 'e.g. March 2021',
    attrs: { 'aria-describedby': 'goto-date-hint goto-date-error' },
  });
  const error = el('p', { id: 'goto-date-error', className: 'goto-error', attrs: { role: 'alert' } });
  const hint = el('p', { id: 'goto-date-hint', className: 'goto-hint' }, [
    '2021, 1910s, March 2021, 12 Mar 2021, 2021-03-12, 14:30 12 Mar 2021. Numeric dates are day first: 12/03/2021 is 12 March.',
  ]);
  const cancel = el('button', { type: 'button', className: 'btn' }, ['Cancel']);
  const form = el('form', { className: 'goto-form', noValidate: true }, [
    el('label', { htmlFor: 'goto-date-input', className: 'goto-label' }, ['Go to date']),
    input,
    hint,
    error,
    el('div', { className: 'goto-actions' }, [
      cancel,
      el('button', { type: 'submit', className: 'btn primary' }, ['Go']),
    ]),
  ]);
  const d = el('dialog', { className: 'goto-dialog', attrs: { 'aria-labelledby': 'goto-date-title' } }, [
    el('h2', { id: 'goto-date-title', className: 'visually-hidden' }, ['Go to date']),
    form,
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const target = parseGotoDate(input.value);
    if (!target) {
      error.textContent = input.value.trim()
        ? `Can’t read “${input.value.trim()}” as a date.`
        : 'Type a date.';
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    d.close();
    onGo(target);
  });
  input.addEventListener('input', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  });
  cancel.addEventListener('click', () => d.close());
  document.body.append(d);
  return d;
}

/** Opens the dialog; `go` receives the window to show once the input parses. */
export function openGotoDateDialog(go: (target: GotoTarget) => void): void {
  onGo = go;
  dialog ??= build();
  if (dialog.open) return;
  const input = dialog.querySelector('input')!;
  dialog.querySelector('.goto-error')!.textContent = '';
  input.removeAttribute('aria-invalid');
  dialog.showModal();
  input.select();
}
