// A briefer's path through the app in Chromium, through the real handlers: agenda, topic, every slide, language, export.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, repoPath } from './harness';
import { bundled, mainFlow, titleOf } from './bundled';
import { localize } from '../../main/model/text';

test('the agenda lists every topic with its slide count', async ({ page }) => {
  const h = await openApp(page);
  const agenda = page.getByTestId('agenda');
  await expect(agenda).toBeVisible();
  for (const topic of bundled.topics) {
    const row = page.getByTestId(`topic-${topic.id}`);
    await expect(row).toContainText(localize(topic.title, 'en'));
    await expect(row).toContainText(String(mainFlow(topic).length));
  }
  expect(h.offOrigin).toEqual([]);
});

test('the keyboard walks every slide of the briefing in order', async ({ page }) => {
  const h = await openApp(page);
  const first = bundled.topics[0]!;
  await page.getByTestId(`topic-${first.id}`).click();
  for (const topic of bundled.topics) {
    const slides = mainFlow(topic);
    for (const [i, slide] of slides.entries()) {
      await expect(page.getByTestId('progress')).toContainText(`${i + 1}`);
      await expect(page.getByTestId('progress')).toContainText(`${slides.length}`);
      const title = titleOf(slide, 'en');
      if (title) await expect(page.getByTestId('slide')).toContainText(title.slice(0, 30));
      await page.keyboard.press('ArrowRight');
    }
  }
  expect(h.offOrigin).toEqual([]);
});

test('switching to Spanish keeps the place in the briefing', async ({ page }) => {
  await openApp(page);
  const topic = bundled.topics[1]!;
  await page.getByTestId(`topic-${topic.id}`).click();
  await page.keyboard.press('ArrowRight');
  const slide = mainFlow(topic)[1]!;
  await expect(page.getByTestId('slide')).toContainText(titleOf(slide, 'en')!.slice(0, 30));
  await page.keyboard.press('l');
  await expect(page.getByTestId('slide')).toContainText(titleOf(slide, 'es')!.slice(0, 30));
  await expect(page.getByTestId('progress')).toContainText(`2`);
});

test('a number then Enter jumps to that slide of the briefing, Home and End go to the ends of its topic', async ({ page }) => {
  await openApp(page);
  const topic = bundled.topics[1]!;
  const slides = mainFlow(topic);
  const before = mainFlow(bundled.topics[0]!).length;
  await page.getByTestId(`topic-${topic.id}`).click();
  // Deck-wide: the third slide of the second topic is slide (slides in the first topic) + 3.
  for (const digit of String(before + 3)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide')).toContainText(titleOf(slides[2]!, 'en')!.slice(0, 30));
  await page.keyboard.press('End');
  await expect(page.getByTestId('progress')).toContainText(`Topic 2, ${slides.length} of ${slides.length}`);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('slide')).toContainText(titleOf(slides[0]!, 'en')!.slice(0, 30));
});

test("a clicker's start button: F5 starts from the first slide, Shift+F5 from where the briefer was", async ({ page }) => {
  await openApp(page);
  const topic = bundled.topics[1]!;
  await page.getByTestId(`topic-${topic.id}`).click();
  await page.keyboard.press('ArrowRight');
  const here = titleOf(mainFlow(topic)[1]!, 'en')!.slice(0, 30);
  await expect(page.getByTestId('slide')).toContainText(here);
  await page.keyboard.press('a');
  await expect(page.getByTestId('agenda')).toBeVisible();
  await page.keyboard.press('Shift+F5');
  await expect(page.getByTestId('slide')).toContainText(here);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('slide')).toContainText(titleOf(mainFlow(bundled.topics[0]!)[0]!, 'en')!.slice(0, 30));
  await expect(page.getByTestId('progress')).toContainText('1');
});

test('Export PDF from the menu writes the briefing through the real handler', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-e2e-'));
  const out = join(dir, 'briefing.pdf');
  const h = await openApp(page, { chooseExportPath: async () => out });
  await expect(page.getByTestId('agenda')).toBeVisible();
  await h.emit('menu:command', 'export-pdf');
  const dialog = page.getByTestId('export-dialog');
  const count = dialog.getByTestId('export-page-count');
  await expect(count).toHaveAttribute('data-pages', /^\d+$/);
  const predicted = Number(await count.getAttribute('data-pages'));
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-path')).toHaveText(out);
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
  // Every slide outside the backup is in the PDF, with the cover and contents pages around them.
  const slides = bundled.topics.reduce((n, t) => n + mainFlow(t).length, 0);
  expect(predicted).toBeGreaterThanOrEqual(slides);
  expect(info).toMatch(new RegExp(`Pages:\\s+${predicted}\\b`));
  expect(h.offOrigin).toEqual([]);
});

test('a call from a foreign frame is refused by the handlers', async ({ page }) => {
  await openApp(page);
  const refused = await page.evaluate(async () => {
    const w = globalThis as unknown as { __puenteInvoke(c: string, r: unknown): Promise<unknown> };
    return w.__puenteInvoke('export:pdf', { lang: 'xx' }).then(() => 'accepted', (e: Error) => e.message);
  });
  expect(refused).toContain('invalid request');
});

test('opening a broken pack lists its errors with file:line:col, then a good pack replaces the briefing', async ({ page }) => {
  let next = repoPath('tests/fixtures/packs/broken-layout');
  const h = await openApp(page, { chooseBriefingPath: async () => next });
  await expect(page.getByTestId('agenda')).toBeVisible();
  await h.emit('menu:command', 'open-briefing');
  await expect(page.getByTestId('errors')).toContainText('broken-layout/briefing.yaml:15:17');
  await expect(page.getByTestId('errors')).toContainText('got "bulets"');
  await page.getByTestId('back-to-briefing').click();
  await expect(page.getByTestId('agenda')).toContainText(localize(bundled.meta.title, 'en'));
  await h.emit('menu:command', 'open-briefing');
  await expect(page.getByTestId('errors')).toBeVisible();
  next = repoPath('tests/fixtures/packs/minimal');
  await h.emit('menu:command', 'open-briefing');
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');
  await expect(page.getByTestId('topic-first')).toContainText('2');
});

test('on every slide in both languages, bullet lists end above the source line', async ({ page }) => {
  await openApp(page);
  for (const lang of ['en', 'es'] as const) {
    if (lang === 'es') await page.keyboard.press('l');
    await page.getByTestId(`topic-${bundled.topics[0]!.id}`).click();
    const total = bundled.topics.reduce((n, t) => n + mainFlow(t).length, 0);
    for (let i = 0; i < total; i++) {
      const overlap = await page.evaluate(`(() => {
        const line = document.querySelector('[data-testid="source-line"]');
        const list = document.querySelector('[data-testid="slide"] ul.list');
        if (!line || !list) return 0;
        return list.getBoundingClientRect().bottom - line.getBoundingClientRect().top;
      })()`);
      expect(overlap as number, `${lang} slide ${i + 1}`).toBeLessThanOrEqual(0);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('a');
  }
});
