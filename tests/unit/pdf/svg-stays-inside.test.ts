// Spec: an SVG prints only what is inside its own file. Images it names by path, file: or http: URL, and shapes
// it takes from another SVG file, are not drawn (so never read or fetched); an image inlined as a data: URI is.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { exportPdf } from '../../../main/pdf/export';
import { regionOf, renderPage } from './page-pixels';

const RED_PNG = join(__dirname, '../../fixtures/images/red-blue.png');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-svg-inside-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100">${body}</svg>`;

async function redPixelsPrinted(name: string, text: string): Promise<number> {
  const pack = mkdtempSync(join(dir, 'pack-'));
  copyFileSync(RED_PNG, join(pack, 'red-blue.png'));
  // A red shape in a second SVG of the pack, for <use> to reach for.
  writeFileSync(join(pack, 'other.svg'), svg('<rect id="red" width="200" height="100" fill="#ff0000"/>'));
  writeFileSync(join(pack, name), text);
  writeFileSync(
    join(pack, 'briefing.yaml'),
    `puente: 1\nmeta:\n  title: T\n  organization: O\n  languages: [en]\ntopics:\n  - id: t\n    title: T\n    slides:\n      - { id: pic, layout: image, title: P, alt: A picture, image: ${name} }\n`,
  );
  const loaded = await loadBriefing(pack);
  if (loaded.status !== 'loaded') throw new Error(JSON.stringify(loaded.errors));
  const out = join(pack, 'out.pdf');
  const { pages } = await exportPdf(loaded.briefing, { layout: 'slides', lang: 'en', outPath: out, packDir: pack });
  let red = 0;
  for (let p = 1; p <= pages; p++) red += regionOf(renderPage(out, p, 36), 'red').count;
  return red;
}

test.each([
  ['an absolute path', () => RED_PNG],
  ['a path beside it', () => 'red-blue.png'],
  ['a file: URL', () => pathToFileURL(RED_PNG).href],
  ['an http: URL', () => 'http://127.0.0.1:9/red-blue.png'],
])('an <image> naming %s is not drawn', async (_what, href) => {
  const body = `<image href="${href()}" width="200" height="100"/><image xlink:href="${href()}" width="200" height="100"/>`;
  expect(await redPixelsPrinted('outside.svg', svg(body))).toBe(0);
});

test('a <use> of a shape in another SVG file is not drawn', async () => {
  expect(await redPixelsPrinted('use.svg', svg('<use href="other.svg#red"/><use xlink:href="other.svg#red"/>'))).toBe(0);
});

test('an <image> inlined as a data: URI is drawn', async () => {
  const data = `data:image/png;base64,${readFileSync(RED_PNG).toString('base64')}`;
  expect(await redPixelsPrinted('inline.svg', svg(`<image href="${data}" width="200" height="100"/>`))).toBeGreaterThan(100);
});
