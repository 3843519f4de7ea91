import { el } from '../dom';

/** A short, dismissable message (e.g. recent files pruned); never blocks the user. */
export function showNotice(message: string, timeoutMs = 8000): void {
  const root = document.getElementById('notices')!;
  const note = el('div', { className: 'notice', textContent: message });
  root.append(note);
  setTimeout(() => note.remove(), timeoutMs);
}
