import { domToCanvas } from 'modern-screenshot';
import { assertNotBlank } from './raster';

/**
 * "Current view" exports: a DOM capture of the on-screen timeline, so the picture matches the
 * screen pixel for pixel (same items, same level of detail, same fonts). The title, caption and
 * legend are optional strips stacked above and below the captured timeline. The view is its
 * time window, not its scroll position: every lane is captured, not just those scrolled into
 * view, and search highlights and the selection only when asked for.
 */

export interface CaptureOptions {
  readonly scale: number;
  readonly title?: string;
  readonly caption?: string;
  readonly legend: boolean;
  /** 'screen' keeps the theme on screen; light/dark switch it for the moment of the capture. */
  readonly theme: 'screen' | 'light' | 'dark';
  readonly transparent: boolean;
  /** Keep the search highlights and the selection in the picture. */
  readonly marks: boolean;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** vis sizes itself to its container, checked on window resize: this makes it redraw at once. */
async function settle(): Promise<void> {
  window.dispatchEvent(new Event('resize'));
  for (let i = 0; i < 3; i++) await nextFrame();
}

/**
 * Grows the timeline to the height of all its lanes (and leaves marks out, unless asked) for
 * the duration of `work`, then puts it back as it was on screen.
 */
async function withWholeView<T>(timeline: HTMLElement, marks: boolean, work: () => Promise<T>): Promise<T> {
  const lanes = timeline.querySelector<HTMLElement>('.vis-panel.vis-left .vis-labelset')?.offsetHeight ?? 0;
  const axis = timeline.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight ?? 0;
  const needed = lanes + axis + 4;
  const grow = needed > timeline.clientHeight;
  const { height, flex } = timeline.style;
  timeline.classList.toggle('export-plain', !marks);
  if (grow) {
    timeline.style.height = `${needed}px`;
    timeline.style.flex = 'none';
    await settle();
  }
  try {
    return await work();
  } finally {
    timeline.classList.remove('export-plain');
    if (grow) {
      timeline.style.height = height;
      timeline.style.flex = flex;
      await settle();
    }
  }
}

/** The colour painted behind an element: its own or the nearest ancestor's. */
function backdropOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return '#ffffff';
}

/** Applies a theme for the duration of `work`, then restores the one on screen. */
async function withTheme<T>(theme: CaptureOptions['theme'], work: () => Promise<T>): Promise<T> {
  const root = document.documentElement;
  const previous = root.dataset.theme;
  if (theme !== 'screen') root.dataset.theme = theme;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete root.dataset.theme;
    else root.dataset.theme = previous;
  }
}

function drawHeading(
  context: CanvasRenderingContext2D,
  options: CaptureOptions,
  colours: { text: string; muted: string },
) {
  const font = getComputedStyle(document.body).fontFamily;
  if (options.title) {
    context.font = `600 18px ${font}`;
    context.fillStyle = colours.text;
    context.fillText(options.title, 12, 26);
  }
  if (options.caption) {
    context.font = `13px ${font}`;
    context.fillStyle = colours.muted;
    context.fillText(options.caption, 12, options.title ? 46 : 20);
  }
}

/**
 * Captures `#timeline` (plus the optional strips) into a canvas `scale` times the on-screen
 * size. Throws when the capture is blank, e.g. when the view has not drawn yet.
 */
export async function captureCurrentView(options: CaptureOptions): Promise<HTMLCanvasElement> {
  return withTheme(options.theme, async () => {
    const timeline = document.getElementById('timeline')!;
    const legend = document.getElementById('legend');
    const background = options.transparent ? null : backdropOf(timeline.parentElement ?? timeline);
    const capture = (node: HTMLElement) =>
      domToCanvas(node, { scale: options.scale, backgroundColor: background, font: false });
    const main = await withWholeView(timeline, options.marks, () => capture(timeline));
    assertNotBlank(main);
    const headingPx =
      (options.title ? 26 : 0) + (options.caption ? 20 : 0) + (options.title || options.caption ? 10 : 0);
    const legendCanvas =
      options.legend && legend && legend.offsetHeight > 0 ? await capture(legend) : undefined;
    if (!headingPx && !legendCanvas) return main;
    const canvas = document.createElement('canvas');
    canvas.width = main.width;
    canvas.height =
      headingPx * options.scale + main.height + (legendCanvas ? legendCanvas.height + 6 * options.scale : 0);
    const context = canvas.getContext('2d')!;
    if (background) {
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    const style = getComputedStyle(document.documentElement);
    context.save();
    context.scale(options.scale, options.scale);
    drawHeading(context, options, {
      text: style.getPropertyValue('--text'),
      muted: style.getPropertyValue('--text-muted'),
    });
    context.restore();
    context.drawImage(main, 0, headingPx * options.scale);
    if (legendCanvas)
      context.drawImage(legendCanvas, 0, headingPx * options.scale + main.height + 6 * options.scale);
    return canvas;
  });
}
