// Screen equals paper: every slide of the bundled briefing on the stage at 1280×720, 1366×768 and 1920×1080, in
// English, Spanish and both, has its text boxes where the one slide geometry (the layout the slides PDF prints) puts
// them, within a pixel or two of the design frame; no two boxes meet, every line's ink stays inside its box, and
// nothing but the source line goes below the source line's top.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { test, expect, type Page } from '@playwright/test';
import { openApp, repoPath } from './harness';
import { bundled, mainFlow } from './bundled';
import { Briefing, type Lang } from '../../main/model/schema';
import { slideGeometry } from '../../main/model/slide-geometry';
import { bylineFor, stageRequest } from '../../main/model/slide-geometry/stage';
import { BANNER_PX } from '../../main/model/slide-geometry/types';
import { markingOf } from '../../main/model/marking';
import { geometryMeasurer } from '../../main/pdf/measure';

interface DomBox { role: string; x: number; y: number; w: number; h: number; ink: number[] }

/** The text boxes of the slide on the stage, in design pixels (the stage is scaled by one transform). */
async function domBoxes(page: Page, id: string): Promise<DomBox[]> {
  const slide = page.locator(`[data-testid=slide][data-slide-id="${id}"][data-ready=true]`);
  await expect(slide).toBeVisible();
  // This file is type-checked without the DOM library: the few DOM shapes used are named here.
  interface Rect { left: number; top: number; width: number; height: number }
  interface Node { getBoundingClientRect(): Rect; querySelectorAll(s: string): Iterable<Node>; dataset: Record<string, string | undefined>; textContent: string | null; firstChild: unknown }
  interface Range { selectNodeContents(n: Node): void; setEnd(n: unknown, at: number): void; getBoundingClientRect(): Rect }
  return slide.evaluate((root) => {
    const el = root as unknown as Node;
    const doc = (globalThis as unknown as { document: { createRange(): Range } }).document;
    const frame = el.getBoundingClientRect();
    const scale = frame.width / 1280;
    return [...el.querySelectorAll('.text')].map((t) => {
      const r = t.getBoundingClientRect();
      const ink = [...t.querySelectorAll('.line')].map((line) => {
        const range = doc.createRange();
        range.selectNodeContents(line);
        // The trailing space that keeps the words apart for screen readers is not ink.
        const text = line.textContent ?? '';
        if (text.endsWith(' ') && line.firstChild) range.setEnd(line.firstChild, Math.max(0, text.length - 1));
        return range.getBoundingClientRect().width / scale;
      });
      return { role: t.dataset.role ?? '', x: (r.left - frame.left) / scale, y: (r.top - frame.top) / scale, w: r.width / scale, h: r.height / scale, ink };
    });
  });
}

const measurer = geometryMeasurer();
const TOLERANCE = 1.5;
const EPS = 0.5;

const PASSES: { viewport: { width: number; height: number }; langs: { lang: Lang; lang2?: Lang }[] }[] = [
  { viewport: { width: 1280, height: 720 }, langs: [{ lang: 'en' }, { lang: 'es' }, { lang: 'en', lang2: 'es' }] },
  { viewport: { width: 1366, height: 768 }, langs: [{ lang: 'en' }, { lang: 'en', lang2: 'es' }] },
  { viewport: { width: 1920, height: 1080 }, langs: [{ lang: 'es' }, { lang: 'en', lang2: 'es' }] },
];

for (const { viewport, langs } of PASSES) {
  test(`at ${viewport.width}×${viewport.height} every slide's text boxes are where the slides PDF puts them and none meet`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    const slides = bundled.topics.flatMap(mainFlow);
    const problems: string[] = [];
    let shown: { lang: Lang; bilingual: boolean } = { lang: 'en', bilingual: false };
    for (const { lang, lang2 } of langs) {
      await page.keyboard.press('a');
      await page.getByTestId(`topic-${bundled.topics[0]!.id}`).click();
      if (shown.lang !== lang) await page.keyboard.press('l');
      if (shown.bilingual !== (lang2 !== undefined)) await page.keyboard.press('d');
      shown = { lang, bilingual: lang2 !== undefined };
      for (const slide of slides) {
        // The stage keeps clear of the classification banners wherever the slide shows them, as the slides PDF does.
        const banner = markingOf(bundled.meta, slide) !== undefined;
        const req = stageRequest(bundled.sources, slide, lang, lang2, banner);
        const g = slideGeometry(slide, { lang, lang2, banner, source: req.source, byline: bylineFor(bundled.meta, slide, lang) }, measurer);
        const dom = await domBoxes(page, slide.id);
        const where = `${slide.id} (${lang}${lang2 ? `+${lang2}` : ''})`;
        if (dom.length !== g.texts.length) problems.push(`${where}: ${dom.length} text boxes on screen, ${g.texts.length} in the geometry`);
        g.texts.forEach((b, i) => {
          const d = dom[i];
          if (!d) return;
          const off = Math.max(Math.abs(d.x - b.x), Math.abs(d.y - b.y), Math.abs(d.w - b.w), Math.abs(d.h - b.h));
          if (d.role !== b.role || off > TOLERANCE) problems.push(`${where}: ${b.role} at ${d.x.toFixed(1)},${d.y.toFixed(1)} ${d.w.toFixed(1)}×${d.h.toFixed(1)} on screen, ${b.x},${b.y} ${b.w}×${b.h} in the geometry`);
          d.ink.forEach((w, j) => {
            if (w > d.w + 2) problems.push(`${where}: ${b.role} line "${b.lines[j]}" is ${w.toFixed(1)} px of ink in a ${d.w.toFixed(1)} px box`);
          });
          if (d.x < -EPS || d.y < -EPS || d.x + d.w > 1280 + EPS || d.y + d.h > 720 + EPS) problems.push(`${where}: ${b.role} leaves the slide`);
          if (banner && (d.y < BANNER_PX - EPS || d.y + d.h > 720 - BANNER_PX + EPS)) problems.push(`${where}: ${b.role} runs into a banner`);
          if (!b.role.startsWith('source') && d.y + d.h > g.floor + EPS) problems.push(`${where}: ${b.role} goes below the source line`);
          for (const e of dom.slice(i + 1)) {
            if (d.x < e.x + e.w - EPS && e.x < d.x + d.w - EPS && d.y < e.y + e.h - EPS && e.y < d.y + d.h - EPS) problems.push(`${where}: ${d.role} meets ${e.role}`);
          }
        });
        if (process.env.PUENTE_SHOTS) await page.getByTestId('stage').screenshot({ path: `${process.env.PUENTE_SHOTS}/${viewport.width}-${lang}${lang2 ?? ''}-${slide.id}.png` });
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(problems).toEqual([]);
  });
}

// The picture is fitted to its box as the slides PDF fits it (pdfkit's fit, centred): scaled up when it is small,
// not drawn at its own pixel size, so a small logo or map is as large on screen as on paper.
test('an image slide fits its picture to the geometry box, a small picture scaled up as in the PDF', async ({ page }) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'puente-picture-')), 'pack');
  mkdirSync(dir, { recursive: true });
  const png = new PNG({ width: 32, height: 20 });
  png.data.fill(120);
  writeFileSync(join(dir, 'small.png'), PNG.sync.write(png));
  writeFileSync(
    join(dir, 'briefing.yaml'),
    'puente: 1\nmeta: { title: T, organization: O }\ntopics:\n  - id: one\n    title: One\n    slides:\n      - { id: pic, layout: image, title: A map, alt: A small map, image: small.png }\n',
  );
  await openApp(page);
  await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(dir)} })`);
  await page.getByTestId('topic-one').click();
  const figure = page.locator('[data-testid=slide] figure');
  const img = figure.locator('img');
  await expect(img).toBeVisible();
  const [f, i] = [await figure.boundingBox(), await img.boundingBox()];
  expect(f && i).toBeTruthy();
  // The picture's element takes the whole box; object-fit: contain keeps its 32:20 shape inside it.
  expect(Math.abs(i!.width - f!.width)).toBeLessThan(1);
  expect(Math.abs(i!.height - f!.height)).toBeLessThan(1);
  expect(await page.evaluate(`getComputedStyle(document.querySelector('[data-testid=slide] figure img')).objectFit`)).toBe('contain');
  expect(f!.width).toBeGreaterThan(32 * 4);
});

// Where room runs out (the long-text fixture's lists, columns, figures and quote), the stage draws what the geometry
// decided: both languages cut alike, and a list's last line saying how many points it leaves out ("+N more points").
test('the long-text pack\'s overfull slides are drawn as the geometry cuts them, "+N more" lines included', async ({ page }) => {
  const pack = repoPath('tests/fixtures/long-text');
  const briefing = Briefing.parse(parse(readFileSync(join(pack, 'briefing.yaml'), 'utf8')));
  await openApp(page);
  await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(pack)} })`);
  const problems: string[] = [];
  let more = 0;
  let bilingual = false;
  for (const lang2 of [undefined, 'es'] as const) {
    for (const topic of briefing.topics.filter((t) => t.id === 'lists' || t.id === 'figures')) {
      await page.keyboard.press('a');
      await page.getByTestId(`topic-${topic.id}`).click();
      if (bilingual !== (lang2 !== undefined)) await page.keyboard.press('d');
      bilingual = lang2 !== undefined;
      for (const slide of mainFlow(topic)) {
        const banner = markingOf(briefing.meta, slide) !== undefined;
        const req = stageRequest(briefing.sources, slide, 'en', lang2, banner);
        const g = slideGeometry(slide, { lang: 'en', lang2, banner, source: req.source }, measurer);
        const dom = await domBoxes(page, slide.id);
        const where = `${slide.id} (en${lang2 ? `+${lang2}` : ''})`;
        if (dom.length !== g.texts.length) problems.push(`${where}: ${dom.length} text boxes on screen, ${g.texts.length} in the geometry`);
        g.texts.forEach((b, i) => {
          const d = dom[i];
          if (!d) return;
          const off = Math.max(Math.abs(d.x - b.x), Math.abs(d.y - b.y), Math.abs(d.w - b.w), Math.abs(d.h - b.h));
          if (d.role !== b.role || off > TOLERANCE) problems.push(`${where}: ${b.role} at ${d.x.toFixed(1)},${d.y.toFixed(1)} on screen, ${b.x},${b.y} in the geometry`);
          d.ink.forEach((w, j) => {
            if (w > d.w + 2) problems.push(`${where}: ${b.role} line "${b.lines[j]}" is ${w.toFixed(1)} px of ink in a ${d.w.toFixed(1)} px box`);
          });
        });
        for (const b of g.texts.filter((t) => t.role === 'list-more')) {
          more += 1;
          await expect(page.locator(`[data-testid=slide][data-slide-id="${slide.id}"] [data-role=list-more]`).first()).toHaveText(b.lines[0] ?? '');
        }
        await page.keyboard.press('ArrowRight');
      }
    }
  }
  expect(problems).toEqual([]);
  // bullets-cut and two-column-cut, in English and bilingual.
  expect(more).toBeGreaterThanOrEqual(3);
});
