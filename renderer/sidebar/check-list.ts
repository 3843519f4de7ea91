import { el } from '../dom';

export interface CheckItem {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  /** A colour swatch beside the label (event types). */
  readonly color?: string;
}

export interface CheckList {
  readonly root: HTMLElement;
  /** Replaces the items (a new file); `visible` limits which are drawn (filter-as-you-type). */
  setItems(items: readonly CheckItem[], visible?: (item: CheckItem) => boolean): void;
  /** Ticks the boxes to match the filter without rebuilding them, so keyboard focus stays put. */
  sync(isChecked: (value: string) => boolean): void;
}

/** Drawing thousands of actors would stall the sidebar; the filter box narrows the rest. */
const MAX_ROWS = 150;

let nextId = 0;

/**
 * A titled list of checkboxes with counts, shared by the type, status, country and actor
 * filters so they look and behave alike. Native checkboxes give keyboard and screen-reader
 * support for free.
 */
export function createCheckList(
  legend: string,
  onToggle: (value: string, checked: boolean) => void,
): CheckList {
  const list = el('ul', { className: 'check-list' });
  const root = el('fieldset', { className: 'sidebar-section check-group' }, [
    el('legend', { className: 'sidebar-heading', textContent: legend }),
    list,
  ]);
  let isChecked: (value: string) => boolean = () => false;
  const boxes = new Map<string, HTMLInputElement>();

  const row = (item: CheckItem) => {
    const id = `check-${nextId++}`;
    const box = el('input', { type: 'checkbox', id, value: item.value, checked: isChecked(item.value) });
    box.addEventListener('change', () => onToggle(item.value, box.checked));
    boxes.set(item.value, box);
    const swatch = item.color ? [el('span', { className: 'type-swatch' })] : [];
    if (item.color) swatch[0]!.style.background = item.color;
    return el('li', { className: 'check-row' }, [
      box,
      el('label', { htmlFor: id, className: 'check-label' }, [
        ...swatch,
        el('span', { className: 'check-text', textContent: item.label }),
        el('span', { className: 'check-count', textContent: String(item.count) }),
      ]),
    ]);
  };

  return {
    root,
    setItems(items, visible = () => true) {
      boxes.clear();
      // Ticked values always stay listed, so a filter in force can be seen and undone.
      const shownItems = items.filter((item) => isChecked(item.value) || visible(item));
      const rows = shownItems.slice(0, MAX_ROWS).map(row);
      const more = shownItems.length - rows.length;
      if (more > 0)
        rows.push(
          el('li', { className: 'check-more', textContent: `${more} more: type to narrow the list` }),
        );
      if (items.length > 0 && shownItems.length === 0)
        rows.push(el('li', { className: 'check-more', textContent: 'No match' }));
      list.replaceChildren(...rows);
    },
    sync(checked) {
      isChecked = checked;
      for (const [value, box] of boxes) box.checked = checked(value);
    },
  };
}
