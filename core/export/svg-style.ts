/**
 * Colours and type sizes of the exported image, mirroring the app's CSS themes so an export
 * looks like the screen. Core has no DOM to measure text, so widths are estimated from an
 * average glyph width; labels are laid out with that estimate plus slack.
 */

export type ExportTheme = 'light' | 'dark';

export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly stripe: string;
  readonly grid: string;
  readonly axis: string;
  /** Bar colour of count bars when lanes are not types. */
  readonly neutral: string;
  /** Behind a search match's label, and around the selected event (app.css --highlight, --accent). */
  readonly highlight: string;
  readonly accent: string;
}

export const PALETTES: Readonly<Record<ExportTheme, Palette>> = {
  light: {
    background: '#ffffff',
    text: '#0f172a',
    muted: '#475569',
    stripe: '#f1f5f9',
    grid: '#e2e8f0',
    axis: '#94a3b8',
    neutral: '#64748b',
    highlight: '#fde68a',
    accent: '#1d4ed8',
  },
  dark: {
    background: '#111827',
    text: '#e5e7eb',
    muted: '#9ca3af',
    stripe: '#1a2332',
    grid: '#1f2937',
    axis: '#4b5563',
    neutral: '#94a3b8',
    highlight: '#854d0e',
    accent: '#60a5fa',
  },
};

/** The app's font stack: system fonts render in Chromium's SVG rasteriser without embedding. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/**
 * The smallest type in an export (axis minor labels, lane notes, counts): the PDF's scale is
 * chosen so that this size still prints at its minimum (pdf-layout.ts).
 */
export const SMALL_FONT_PX = 11;

/** Estimated width of a line of text; slightly generous so estimated labels never overlap. */
export function textWidth(value: string, fontSizePx: number): number {
  return value.length * fontSizePx * 0.56;
}

/** Shortens a label to fit `maxPx`, ending it with an ellipsis. */
export function clip(value: string, maxPx: number, fontSizePx: number): string {
  const maxChars = Math.floor(maxPx / (fontSizePx * 0.56));
  return value.length <= maxChars ? value : `${value.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}
