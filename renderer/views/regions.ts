import { registerCommand } from '../commands';
import { el } from '../dom';

/**
 * Moving between the app's regions by keyboard: F6 / Shift+F6 cycle toolbar → sidebar →
 * timeline → detail pane (as browsers cycle their own panes), and a "Skip to timeline" link,
 * the first Tab stop, jumps over the toolbar and filters. Hidden regions are skipped.
 */

const REGIONS = ['toolbar', 'sidebar', 'timeline', 'detail-pane'] as const;

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], [tabindex="0"]';

function visible(element: HTMLElement): boolean {
  return !element.closest('[hidden]') && element.getClientRects().length > 0;
}

/** Where focus lands in a region: the timeline itself, the pane's heading, else its first control. */
function entryOf(region: HTMLElement): HTMLElement | undefined {
  if (region.id === 'timeline') return region;
  if (region.id === 'detail-pane') {
    const heading = region.querySelector<HTMLElement>('.detail-title, h2');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      return heading;
    }
  }
  return [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find(visible);
}

function cycle(direction: 1 | -1): void {
  const regions = REGIONS.map((id) => document.getElementById(id)).filter(
    (r): r is HTMLElement => r !== null && visible(r),
  );
  const current = regions.findIndex((r) => r.contains(document.activeElement));
  for (let step = 1; step <= regions.length; step++) {
    const next = regions[(current + direction * step + regions.length * 2) % regions.length]!;
    const entry = entryOf(next);
    if (entry) return entry.focus();
  }
}

export function initRegions(): void {
  registerCommand('focus.nextRegion', () => cycle(1));
  registerCommand('focus.previousRegion', () => cycle(-1));
  const skip = el('a', { href: '#timeline', className: 'skip-link' }, ['Skip to timeline']);
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('timeline')?.focus();
  });
  document.body.prepend(skip);
}
