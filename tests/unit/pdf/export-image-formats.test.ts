// Spec: every image format the screen accepts prints, in every kind of layout, with the colours it has on screen:
// SVG as vector graphics (text in the bundled font, gradients, viewBox scaling), WebP lossy, lossless and with
// alpha, GIF and animated WebP as their first frame, CMYK (Adobe-inverted) and progressive JPEG, PNG.
// Each fixture is 2:1, left half pure red, right half pure blue (tests/fixtures/images/README.md); the test
// renders the page and samples its pixels.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { ExportLayout } from '../../../main/model/export-options';
import type { Briefing } from '../../../main/model/schema';
import { exportPdf } from '../../../main/pdf/export';
import { hueAt, lumaAt, regionOf, renderPage, type Raster } from './page-pixels';
import { pageCount, pageText } from './read-pdf';

const FIXTURES = join(__dirname, '../../fixtures/images');

interface Case { file: string; /** the right half is transparent: the page shows through */ clear?: boolean; frames?: boolean }
const CASES: Case[] = [
  { file: 'red-blue.png' },
  { file: 'red-blue.jpg' },
  { file: 'red-blue-progressive.jpg' },
  { file: 'red-blue-cmyk.jpg' },
  { file: 'red-blue-lossy.webp' },
  { file: 'red-blue-lossless.webp' },
  { file: 'red-clear-alpha.webp', clear: true },
  { file: 'red-clear-alpha-lossy.webp', clear: true },
  { file: 'animated.gif', frames: true },
  { file: 'animated.webp', frames: true },
  { file: 'red-blue.svg' },
];
const LAYOUTS: ExportLayout[] = ['slides', 'handout-6', 'brief'];

let dir: string;
let briefing: Briefing;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-image-formats-'));
  const slides = CASES.map((c, i) => `      - { id: s${i}, layout: image, title: "${c.file}", image: ${c.file}, alt: Red and blue halves }`);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    join(dir, 'briefing.yaml'),
    `puente: 1\nmeta:\n  title: Image formats\n  organization: Puente tests\n  languages: [en]\ntopics:\n` +
      CASES.map((c, i) => `  - id: t${i}\n    title: "${c.file}"\n    slides:\n${slides[i]}\n`).join(''),
  );
  for (const c of CASES) copyFileSync(join(FIXTURES, c.file), join(dir, c.file));
  const loaded = await loadBriefing(dir);
  if (loaded.status !== 'loaded') throw new Error(`the pack should load: ${JSON.stringify(loaded.errors)}`);
  briefing = loaded.briefing;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rendered page of an export holding one topic, whose slide's picture has the most red on it. */
function pageWithPicture(file: string): { page: number; raster: Raster } {
  let best = { page: 0, red: -1, raster: undefined as Raster | undefined };
  for (let p = 1; p <= pageCount(file); p++) {
    const raster = renderPage(file, p);
    const red = regionOf(raster, 'red').count;
    if (red > best.red) best = { page: p, red, raster };
  }
  if (!best.raster) throw new Error(`${file} has no pages`);
  return { page: best.page, raster: best.raster };
}

describe.each(LAYOUTS)('%s', (layout) => {
  test.each(CASES)('$file prints its left half red and its right half as it shows on screen', async (c) => {
    const index = CASES.indexOf(c);
    const out = join(dir, `${layout}-${index}.pdf`);
    await exportPdf(briefing, { layout, lang: 'en', outPath: out, packDir: dir, topics: [`t${index}`] });
    const { page, raster } = pageWithPicture(out);
    const red = regionOf(raster, 'red');
    const blue = regionOf(raster, 'blue');
    const width = red.right - red.left + 1;
    const height = red.bottom - red.top + 1;
    // A real picture, not a speck: the thumbnail in handout-6 is the smallest, about 80 px wide at 72 dpi.
    expect(width).toBeGreaterThan(20);
    expect(red.count).toBeGreaterThan(0.8 * width * height);
    const midY = Math.round((red.top + red.bottom) / 2);
    // Just right of the red half: blue, or the white page where the picture is transparent (never black).
    const rightX = red.right + Math.round(width / 2);
    if (c.clear) {
      expect(blue.count).toBe(0);
      expect(hueAt(raster, rightX, midY)).toBe('white');
      expect(regionOf(raster, 'black').count).toBe(0);
    } else {
      expect(hueAt(raster, rightX, midY)).toBe('blue');
      expect(blue.left).toBeGreaterThan(red.left + width / 2);
      // Halves of one picture: about equally wide (lossy WebP blurs the edge between them at 4:2:0 chroma).
      // A CMYK JPEG printed inverted would have no red and no blue at all.
      expect(Math.abs(blue.right - blue.left + 1 - width)).toBeLessThanOrEqual(Math.max(3, 0.1 * width));
    }
    // Animations print their first frame: no trace of the second, green one.
    if (c.frames) expect(regionOf(raster, 'green').count).toBe(0);
    if (c.file.endsWith('.svg')) {
      // The gradient band under the halves runs from white at the left to black at the right.
      const bandY = red.bottom + Math.max(1, Math.round(height / 8));
      expect(lumaAt(raster, red.left + 1, bandY)).toBeGreaterThan(200);
      expect(lumaAt(raster, blue.right - 1, bandY)).toBeLessThan(60);
      // Its text is real text, in the document.
      expect(pageText(out, page)).toContain('Vector map');
    }
  });
});
