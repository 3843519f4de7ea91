/**
 * Turns an exported SVG into PNG bytes inside the renderer. Big exports (8000 px at 3×) are
 * drawn in bands with a pause between them, so the window keeps answering and a progress bar
 * can move; the PNG is encoded by `toBlob`, off the main thread.
 */

const BAND_PX = 2048;
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Loads SVG markup as an image (blob: URLs are allowed by the CSP, remote ones are not). */
export async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * An image whose every pixel is the same colour is a failed capture, never an export: saving
 * it would give the user an empty file that looks like success. Checked on a reduced copy.
 */
export function assertNotBlank(canvas: HTMLCanvasElement): void {
  const scale = Math.min(1, 640 / Math.max(canvas.width, canvas.height));
  const probe = document.createElement('canvas');
  probe.width = Math.max(1, Math.round(canvas.width * scale));
  probe.height = Math.max(1, Math.round(canvas.height * scale));
  const context = probe.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(canvas, 0, 0, probe.width, probe.height);
  const data = new Uint32Array(context.getImageData(0, 0, probe.width, probe.height).data.buffer);
  const first = data[0];
  if (data.every((pixel) => pixel === first))
    throw new Error('The image came out blank, so nothing was saved.');
}

/** PNG bytes of a canvas. */
export async function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`The image is too large to encode (${canvas.width}×${canvas.height} px).`);
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Rasterises SVG markup at `scale` (1–3) and returns PNG bytes; `onProgress` gets 0–1 as the
 * bands are drawn.
 */
export async function svgToPng(
  svg: string,
  widthPx: number,
  heightPx: number,
  scale: number,
  onProgress: (fraction: number, phase: string) => void,
): Promise<Uint8Array> {
  onProgress(0, 'Preparing the image…');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthPx * scale);
  canvas.height = Math.round(heightPx * scale);
  // Scaling the document's own size (its viewBox stays) makes Chromium rasterise the vectors
  // at full resolution instead of upscaling a 1× bitmap.
  const sized = svg.replace(
    /^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/,
    `<svg$1 width="${canvas.width}" height="${canvas.height}"`,
  );
  const image = await loadSvgImage(sized);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(`The image is too large to draw (${canvas.width}×${canvas.height} px).`);
  const bands = Math.ceil(canvas.height / BAND_PX);
  for (let band = 0; band < bands; band++) {
    const y = band * BAND_PX;
    const h = Math.min(BAND_PX, canvas.height - y);
    context.drawImage(image, 0, y, canvas.width, h, 0, y, canvas.width, h);
    onProgress((band + 1) / (bands + 1), `Drawing ${band + 1} of ${bands}…`);
    await nextFrame();
  }
  assertNotBlank(canvas);
  onProgress(bands / (bands + 1), 'Encoding PNG…');
  const png = await canvasToPng(canvas);
  onProgress(1, 'Done');
  return png;
}
