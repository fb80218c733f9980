// Makes every icon electron-builder needs from the one source image, assets/icons/icon.svg: icon.png (1024 px, from
// which electron-builder derives .icns and .ico) and the Linux sizes in assets/icons/png/. Renders with the system
// Chromium through playwright-core, so it works offline. Run after editing the SVG: `npm run icons`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_DIR = 'assets/icons';
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const svg = readFileSync(join(ICON_DIR, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const render = async (size) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  writeFileSync(join(ICON_DIR, 'icon.png'), await render(1024));
  mkdirSync(join(ICON_DIR, 'png'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(ICON_DIR, 'png', `${size}x${size}.png`), await render(size));
} finally {
  await browser.close();
}
// The test compares this with the SVG, so an edited source with stale PNGs fails `npm test`.
writeFileSync(join(ICON_DIR, 'icon.svg.sha256'), `${createHash('sha256').update(svg).digest('hex')}\n`);
console.log(`icons: ${ICON_DIR}/icon.png and ${LINUX_SIZES.length} Linux sizes from icon.svg`);
