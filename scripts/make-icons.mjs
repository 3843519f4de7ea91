/**
 * Renders build/icon.svg into the PNG build resources electron-builder needs:
 *   build/icon.png            1024×1024 (macOS .icns and Windows .ico are derived from it)
 *   build/icons/NxN.png       16…1024 (Linux hicolor icon theme, used by AppImage and deb)
 * Each size is rasterised from the vector directly (not downscaled from 1024), so small sizes stay
 * sharp. Uses the system Chromium through playwright-core; no network access.
 *
 * Usage: node scripts/make-icons.mjs   (set CHROMIUM_PATH to override the browser binary)
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** First Chromium binary that exists, so the script works with Debian's package layout or an override. */
function findChromium() {
  const found = CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error(`No Chromium found (tried ${CHROMIUM_CANDIDATES.filter(Boolean).join(', ')})`);
  return found;
}

/** Renders the SVG at `size` px on a transparent page and writes it as PNG to `file`. */
async function renderPng(page, svg, size, file) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace(/<svg\b([^>]*)>/, (_m, attrs) => {
    const rest = attrs.replace(/\s(width|height)="[^"]*"/g, '');
    return `<svg${rest} width="${size}" height="${size}">`;
  });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent;overflow:hidden">${sized}</body></html>`,
  );
  await page.screenshot({
    path: file,
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
}

async function main() {
  const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8');
  await mkdir(path.join(buildDir, 'icons'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      const file = path.join(buildDir, 'icons', `${size}x${size}.png`);
      await renderPng(page, svg, size, file);
      console.log(`wrote ${path.relative(root, file)}`);
    }
    await renderPng(page, svg, 1024, path.join(buildDir, 'icon.png'));
    console.log('wrote build/icon.png');
  } finally {
    await browser.close();
  }
}

await main();
