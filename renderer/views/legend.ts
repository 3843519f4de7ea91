import { el } from '../dom';
import { actions, doc, legendOpen } from '../app-state';
import { typeClass } from '../timeline/type-colors';

/**
 * The legend: colours for the types in the open file (a legend of twelve types when the file
 * uses three would be noise), then how precision, "c.", planned, aggregates and eras look.
 * Samples reuse the timeline's own classes, so legend and timeline cannot disagree. Folded
 * (the default) it is one line, so a small window keeps its height for the lanes.
 */
const STYLES: ReadonlyArray<readonly [sampleClass: string, label: string, text: string]> = [
  ['sample-point', 'Day or time', ''],
  ['sample-range', 'Several days', ''],
  ['sample-range prec-coarse', 'Month or year precision', ''],
  ['sample-range approx', 'Approximate', 'c.'],
  ['sample-range planned', 'Planned (not yet reported)', ''],
  ['sample-agg', 'Many events, grouped', '37'],
  ['sample-era', 'Era or long period', ''],
];

function entry(sampleClass: string, label: string, text = ''): HTMLElement {
  return el('li', { className: 'legend-entry' }, [
    el('span', { className: `legend-sample ${sampleClass}`, ariaHidden: 'true' }, text ? [text] : []),
    el('span', {}, [label]),
  ]);
}

/** Renders the legend for the loaded file and redraws it when another file opens. */
export function initLegend(root: HTMLElement): void {
  const toggle = el('button', { type: 'button', className: 'legend-toggle' });
  toggle.addEventListener('click', actions.toggleLegend);
  legendOpen.subscribe((open) => {
    root.classList.toggle('folded', !open);
    toggle.textContent = open ? 'Less' : 'More';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.setAttribute('aria-label', open ? 'Less of the legend' : 'More of the legend');
  });
  const draw = () => {
    const present = new Set(doc.value?.file.events.map((e) => e.type) ?? []);
    const types = (doc.value?.index.types ?? []).filter((t) => present.has(t.id) && t.id !== 'era');
    root.replaceChildren(
      el('ul', { className: 'legend-list', ariaLabel: 'Event types' }, [
        ...types.map((t) => entry(`sample-type ${typeClass(t.id)}`, t.label)),
      ]),
      el(
        'ul',
        { className: 'legend-list legend-styles', ariaLabel: 'Item styles' },
        STYLES.map(([cls, label, text]) =>
          entry(`${cls} ${typeClass(cls === 'sample-era' ? 'era' : 'summit')}`, label, text),
        ),
      ),
      toggle,
    );
  };
  doc.subscribe(draw);
}
