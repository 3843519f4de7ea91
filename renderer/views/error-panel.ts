import { formatProblem, type Problem } from '../../core/file-format/problem';
import { el } from '../dom';

const panel = () => document.getElementById('error-panel')!;

/**
 * Shows every problem that stopped a file from loading, above the timeline that is still
 * shown (a failed file never replaces it). Text only: problem messages quote file content.
 */
export function showProblems(name: string, problems: readonly Problem[], truncated: boolean): void {
  const root = panel();
  const count = `${problems.length}${truncated ? '+' : ''} problem${problems.length === 1 ? '' : 's'}`;
  const close = el('button', { className: 'error-close', type: 'button', textContent: 'Dismiss' });
  close.addEventListener('click', hideProblems);
  root.replaceChildren(
    el('div', { className: 'error-head' }, [
      el('strong', { textContent: `Could not open ${name}: ${count}. The timeline shown is unchanged.` }),
      close,
    ]),
    el(
      'ol',
      { className: 'error-list' },
      problems.map((p) => el('li', { textContent: formatProblem(p) })),
    ),
    ...(truncated
      ? [el('p', { textContent: 'Only the first problems are listed; fix these and open the file again.' })]
      : []),
  );
  root.hidden = false;
  close.focus();
}

export function hideProblems(): void {
  panel().hidden = true;
  panel().replaceChildren();
}
