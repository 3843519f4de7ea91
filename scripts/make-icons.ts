/**
 * Renders build/icon.svg into the PNG build resources electron-builder needs:
 *   build/icon.png            1024×1024 (macOS .icns and Windows .ico are derived from it)
 *   build/icons/NxN.png       16…1024 (Linux hicolor icon theme, used by AppImage and deb)
 * Each size is rasterised from the vector directly (not downscaled from 1024), so small sizes stay
 * sharp. Uses the system Chromium through playwright-core; no network access.
 *
 * Usage: npm run icons   (set CHROMIUM_PATH to override the browser binary)
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/harness/paths';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

/** Renders the SVG at `size` px on a transparent page and writes it as PNG to `file`. */
async function renderPng(page: Page, svg: string, size: number, file: string): Promise<void> {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
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
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
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
