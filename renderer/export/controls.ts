import { el } from '../dom';
import { checkbox, radioGroup, select } from './form';
import type { ExportOptions } from './produce';
import { parseDateRange } from '../../core/time/range-input';

/**
 * The export dialog's options: the controls, and reading them back as checked ExportOptions.
 * Current-view PNGs are as wide as the timeline on screen; a current-view SVG or PDF starts at
 * that width (however narrow the window) and may be widened; date ranges take 1200–8000 px.
 */

type Format = 'png1' | 'png2' | 'png3' | 'svg' | 'pdf';
export const MIN_WIDTH = 1200;
/** The narrowest current view worth a file: a window squeezed to its minimum still exports. */
export const MIN_VIEW_WIDTH = 300;
export const MAX_WIDTH = 8000;
export const RANGE_WIDTH = 2400;

/** Every option control of the dialog, labelled. */
export function buildControls() {
  const what = radioGroup(
    'export-what',
    'What',
    [
      ['view', 'Current view'],
      ['range', 'Date range'],
    ],
    'view',
  );
  const from = el('input', { type: 'text', className: 'export-date', placeholder: 'YYYY-MM-DD' });
  const to = el('input', { type: 'text', className: 'export-date', placeholder: 'YYYY-MM-DD' });
  const width = el('input', { type: 'number', min: String(MIN_WIDTH), max: String(MAX_WIDTH), step: '100' });
  const format = radioGroup<Format>('export-format', 'Format', [['png1', 'PNG 1×'], ['png2', 'PNG 2×'], ['png3', 'PNG 3×'], ['svg', 'SVG'], ['pdf', 'PDF']], 'png1'); // prettier-ignore
  const page = select(
    'Page',
    [
      ['a4', 'A4'],
      ['letter', 'Letter'],
      ['a3', 'A3'],
    ],
    'a4',
  );
  const orientation = select(
    'Orientation',
    [
      ['landscape', 'Landscape'],
      ['portrait', 'Portrait'],
    ],
    'landscape',
  );
  const theme = select(
    'Theme',
    [
      ['screen', 'As on screen'],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ],
    'screen',
  );
  const title = checkbox('Title', true);
  const caption = checkbox('Date range caption', true);
  const legend = checkbox('Legend', true);
  const transparent = checkbox('Transparent background', false);
  const marks = checkbox('Search highlights and selection', false);
  return {
    what,
    from,
    to,
    width,
    format,
    page,
    orientation,
    theme,
    title,
    caption,
    legend,
    transparent,
    marks,
  };
}

export type Controls = ReturnType<typeof buildControls>;

/** Width of the timeline on screen, the size of a current-view capture. */
export const timelineWidth = () =>
  Math.round(document.getElementById('timeline')?.getBoundingClientRect().width ?? RANGE_WIDTH);

/** The dialog's choices, checked; a string says what to correct. */
export function readOptions(c: Controls): ExportOptions | string {
  const format = c.format.value();
  const what = c.what.value();
  const range = parseDateRange(c.from.value, c.to.value);
  if (what === 'range' && 'error' in range) return range.error;
  const fixedWidth = what === 'view' && format.startsWith('png');
  const widthPx = fixedWidth ? timelineWidth() : Math.round(Number(c.width.value));
  const minWidth = what === 'view' ? MIN_VIEW_WIDTH : MIN_WIDTH;
  if (!fixedWidth && !(widthPx >= minWidth && widthPx <= MAX_WIDTH))
    return `Width must be between ${minWidth} and ${MAX_WIDTH} px.`;
  const { fromMs, toMs } = 'error' in range ? { fromMs: 0, toMs: 1 } : range;
  return {
    what, fromMs, toMs, widthPx, theme: c.theme.value(), page: c.page.value(), orientation: c.orientation.value(),
    format: format.startsWith('png') ? 'png' : (format as 'svg' | 'pdf'),
    scale: format === 'png3' ? 3 : format === 'png2' ? 2 : 1,
    title: c.title.input.checked, caption: c.caption.input.checked, legend: c.legend.input.checked,
    transparent: c.transparent.input.checked, marks: c.marks.input.checked,
  }; // prettier-ignore
}
