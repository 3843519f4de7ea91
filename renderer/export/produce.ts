import { MONTH_NAMES, formatYear } from '../../core/time/format';
import { timeExtent } from '../../core/index/event-index';
import { exportFileName } from '../../core/export/file-name';
import { buildTimelinePdf, type Orientation, type PageSize, type PdfOptions } from '../../core/export/pdf';
import { renderTimelineSvg, type SvgTimelineInput } from '../../core/export/svg-timeline';
import type { ExportMarks } from '../../core/export/svg-input';
import type { ExportFormat } from '../../core/app/ipc-contract';
import { doc, laneMode, searchMatches, selectedPos, shown, visibleWindow } from '../app-state';
import { captureCurrentView } from './capture-view';
import { canvasToPng, svgToPng } from './raster';

/**
 * From the dialog's choices to the bytes of a file. "Current view" PNGs come from the DOM (so
 * they match the screen); everything else, PDFs included, is drawn by the core SVG renderer
 * from the index, which never touches the live timeline, so the view on screen does not move.
 */

export interface ExportOptions {
  readonly what: 'view' | 'range';
  readonly fromMs: number;
  readonly toMs: number;
  readonly widthPx: number;
  readonly format: ExportFormat;
  readonly scale: number;
  readonly page: PageSize;
  readonly orientation: Orientation;
  readonly title: boolean;
  readonly caption: boolean;
  readonly legend: boolean;
  readonly theme: 'screen' | 'light' | 'dark';
  readonly transparent: boolean;
  /** Draw the search matches and the selection, as on screen. */
  readonly marks: boolean;
}

export type Progress = (fraction: number, phase: string) => void;

const MONTHS = MONTH_NAMES;

/** "January 1910 – August 2024"; days are named when the range is shorter than two months. */
export function rangeCaption(fromMs: number, toMs: number): string {
  const withDay = toMs - fromMs < 62 * 86_400_000;
  const spell = (ms: number) => {
    const d = new Date(ms);
    const month = `${MONTHS[d.getUTCMonth()]} ${formatYear(d.getUTCFullYear())}`;
    return withDay ? `${d.getUTCDate()} ${month}` : month;
  };
  return `${spell(fromMs)} – ${spell(Math.max(fromMs, toMs - 1))}`;
}

/** The time range of an export: the window on screen for "current view", else the chosen one. */
export function exportRange(options: Pick<ExportOptions, 'what' | 'fromMs' | 'toMs'>): {
  fromMs: number;
  toMs: number;
} {
  const window = visibleWindow.value;
  if (options.what === 'view' && window) return { fromMs: window.startMs, toMs: window.endMs };
  return { fromMs: options.fromMs, toMs: options.toMs };
}

/** Extent of the events the filter shows: the default range. */
export function shownExtent(): { startMs: number; endMs: number } | undefined {
  const state = shown.value;
  return state ? timeExtent(state.index, state.mask) : undefined;
}

const svgTheme = (theme: ExportOptions['theme']) =>
  theme === 'screen' ? (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light') : theme;

/** What the vector renderer draws for the options (title and caption excepted). */
function drawingInput(options: ExportOptions): SvgTimelineInput {
  const state = shown.value;
  if (!state) throw new Error('Open a timeline first.');
  const { fromMs, toMs } = exportRange(options);
  return {
    index: state.index,
    mask: state.mask,
    laneMode: laneMode.value,
    fromMs,
    toMs,
    widthPx: options.widthPx,
    theme: svgTheme(options.theme),
    legend: options.legend,
    transparent: options.transparent && options.format === 'png',
    ...(options.marks ? { marks: screenMarks() } : {}),
  };
}

function screenMarks(): ExportMarks {
  const selected = selectedPos.value;
  return { matches: new Set(searchMatches.value), ...(selected === undefined ? {} : { selected }) };
}

/** The vector drawing of the options' range; `inPdf` leaves the title to the PDF's own text. */
export function exportSvg(options: ExportOptions, inPdf = false): { svg: string; heightPx: number } {
  const input = drawingInput(options);
  const title = doc.value?.file.title;
  return renderTimelineSvg({
    ...input,
    ...(options.title && !inPdf && title ? { title } : {}),
    ...(options.caption && !inPdf ? { caption: rangeCaption(input.fromMs, input.toMs) } : {}),
  });
}

async function rasterPng(options: ExportOptions, scale: number, progress: Progress): Promise<Uint8Array> {
  if (options.what === 'view') {
    progress(0.1, 'Capturing the view…');
    const { fromMs, toMs } = exportRange(options);
    const title = options.title ? doc.value?.file.title : undefined;
    const caption = options.caption ? rangeCaption(fromMs, toMs) : undefined;
    const transparent = options.transparent && options.format === 'png';
    const canvas = await captureCurrentView({
      scale,
      legend: options.legend,
      theme: options.theme,
      transparent,
      marks: options.marks,
      ...(title ? { title } : {}),
      ...(caption ? { caption } : {}),
    });
    progress(0.7, 'Encoding PNG…');
    return canvasToPng(canvas);
  }
  progress(0.05, 'Drawing the timeline…');
  const { svg, heightPx } = exportSvg(options);
  return svgToPng(svg, options.widthPx, heightPx, scale, (f, phase) => progress(0.05 + f * 0.85, phase));
}

/** Produces the file's bytes and its suggested name. */
export async function produceExport(
  options: ExportOptions,
  progress: Progress,
): Promise<{ data: Uint8Array | string; suggestedName: string }> {
  const { fromMs, toMs } = exportRange(options);
  const suggestedName = exportFileName(doc.value?.file.title ?? 'timeline', fromMs, toMs, options.format);
  if (options.format === 'svg') return { data: exportSvg(options).svg, suggestedName };
  if (options.format === 'png')
    return { data: await rasterPng(options, options.scale, progress), suggestedName };
  progress(0.3, 'Building the PDF…');
  const { bytes } = await buildTimelinePdf(drawingInput(options), pdfOptions(options));
  return { data: bytes, suggestedName };
}

function pdfOptions(options: ExportOptions): PdfOptions {
  const { fromMs, toMs } = exportRange(options);
  const title = options.title ? doc.value?.file.title : undefined;
  const caption = options.caption ? rangeCaption(fromMs, toMs) : undefined;
  return {
    page: options.page,
    orientation: options.orientation,
    ...(title ? { title } : {}),
    ...(caption ? { caption } : {}),
  };
}

/** What the live preview shows: the capture for "current view" PNGs, else the vector drawing. */
export async function previewBlob(options: ExportOptions): Promise<Blob> {
  if (options.what === 'view' && options.format === 'png') {
    const png = await rasterPng(options, 1, () => undefined);
    return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  }
  return new Blob([exportSvg(options, options.format === 'pdf').svg], { type: 'image/svg+xml' });
}
