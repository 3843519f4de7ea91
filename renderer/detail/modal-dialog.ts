import '../styles/panels.css';
import '../styles/dialogs.css';
import { el } from '../dom';

let nextId = 0;

export interface ModalOptions {
  readonly title: string;
  readonly className?: string;
  /** Extra lines under the title (e.g. publisher and date). */
  readonly subtitle?: ReadonlyArray<Node | string>;
  readonly body: ReadonlyArray<Node>;
}

/**
 * Opens a modal `<dialog>`: the platform gives it a focus trap, Esc to close and an accessible
 * role for free. It is removed when closed and focus goes back where it was, so keyboard users
 * continue from the control that opened it.
 */
export function openModal(options: ModalOptions): HTMLDialogElement {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const titleId = `modal-title-${nextId++}`;
  const close = el('button', { type: 'button', className: 'modal-close', textContent: 'Close' });
  const dialog = el('dialog', { className: `modal ${options.className ?? ''}`.trim() }, [
    el('header', { className: 'modal-head' }, [
      el('div', {}, [
        el('h2', { id: titleId, className: 'modal-title', textContent: options.title }),
        ...(options.subtitle ? [el('p', { className: 'modal-subtitle' }, options.subtitle)] : []),
      ]),
      close,
    ]),
    // Focusable, so a long body (the shortcuts table) scrolls with the keyboard too.
    el('div', { className: 'modal-body', tabIndex: 0 }, options.body),
  ]);
  dialog.setAttribute('aria-labelledby', titleId);
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  // The app behind is inert: its single-key shortcuts (Esc clears the selection) must not fire.
  dialog.addEventListener('keydown', (e) => e.stopPropagation());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (returnTo?.isConnected) returnTo.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  return dialog;
}
