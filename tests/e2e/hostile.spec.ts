// A hostile pack in the app, through the real handlers: markup and script in every text field show as the literal
// text; nothing runs, no element is made from pack text, and nothing is requested off the app's origin.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, repoPath } from './harness';

const PACK = repoPath('tests/fixtures/hostile/script-html');
const SLIDES = ['title-slide', 'section-slide', 'bullets-slide', 'stats-slide', 'quote-slide', 'chart-slide', 'timeline-slide', 'image-slide', 'two-column-slide'];
/** What every hostile field starts with; the field's name follows inside the quotes. */
const marked = (field: string): string => `<script>alert("${field}")</script><img src=x onerror=alert(1)>{@html "<b>${field}</b>"}`;

/** Collects dialogs (alert, confirm, prompt) and notes the scripts the page started with. */
async function watch(page: Page): Promise<{ dialogs: string[]; scripts: () => Promise<number> }> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Strings, not functions: tests are type-checked without the DOM library.
  return { dialogs, scripts: () => page.evaluate<number>('document.scripts.length') };
}

/** Nothing in the page was made from pack text. */
async function expectInert(page: Page): Promise<void> {
  const made = await page.evaluate<Record<string, number>>(`({
    imgX: document.querySelectorAll('img[src="x"]').length,
    onHandlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    bold: [...document.querySelectorAll('b')].filter((b) => /\\./.test(b.textContent ?? '')).length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:"], a[href^="file:"]').length,
    inlineScripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('alert')).length,
  })`);
  expect(made).toEqual({ imgX: 0, onHandlers: 0, bold: 0, svgOnload: 0, jsLinks: 0, inlineScripts: 0 });
}

test('a pack with markup and script in every text field shows it as text on every slide, and nothing runs', async ({ page }) => {
  const { dialogs, scripts } = await watch(page);
  const h = await openApp(page);
  const scriptsAtStart = await scripts();
  await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(PACK)} })`);
  await expect(page.getByTestId('briefing-title')).toHaveText(marked('meta.title'));
  await expect(page.getByTestId('agenda')).toContainText(marked('meta.organization'));
  await expect(page.getByTestId('topic-markup')).toContainText(marked('topic.title'));
  await expectInert(page);

  await page.getByTestId('topic-markup').click();
  const expectations: Record<string, string[]> = {
    'title-slide': [marked('title.title'), marked('title.subtitle'), marked('title.kicker')],
    'section-slide': [marked('section.title')],
    'bullets-slide': [marked('bullets.lead'), marked('bullets.item'), marked('bullets.child')],
    'stats-slide': [marked('stats.value'), marked('stats.label'), marked('source.title'), marked('source.publisher')],
    'quote-slide': [marked('quote.quote'), marked('quote.attribution')],
    'chart-slide': [marked('chart.title'), marked('chart.bar'), 'javascript:alert(1)'],
    'timeline-slide': [marked('timeline.when'), marked('timeline.text')],
    'image-slide': [marked('image.title'), marked('image.caption')],
    'two-column-slide': [marked('columns.left'), marked('columns.left.item'), 'file:///etc/passwd'],
  };
  for (const id of SLIDES) {
    const slide = page.getByTestId('slide');
    await expect(slide).toHaveAttribute('data-slide-id', id);
    for (const text of expectations[id] ?? []) await expect(slide).toContainText(text);
    // The picture is the pack's own PNG; the hostile alt text is only an attribute value.
    if (id === 'image-slide') await expect(slide.locator('img[src^="data:image/png;base64,"]')).toHaveAttribute('alt', marked('image.alt'));
    await expectInert(page);
    if (id !== SLIDES[SLIDES.length - 1]) await page.keyboard.press('ArrowRight');
  }

  // The overview draws every slide at once.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('overview')).toBeVisible();
  await expectInert(page);

  expect(await scripts()).toBe(scriptsAtStart);
  expect(dialogs).toEqual([]);
  expect(h.offOrigin).toEqual([]);
});

test('errors that quote hostile text show it as text', async ({ page }) => {
  const { dialogs } = await watch(page);
  const dir = join(mkdtempSync(join(tmpdir(), 'puente-hostile-')), 'errors');
  mkdirSync(dir, { recursive: true });
  const image = '<img src=x onerror=alert(1)>.txt';
  writeFileSync(
    join(dir, 'briefing.yaml'),
    `puente: 1
meta: { title: T, organization: O }
topics:
  - id: one
    title: One
    slides:
      - { id: a, layout: image, title: A, alt: A, image: ${JSON.stringify(image)} }
      - { id: b, layout: "<script>alert(1)</script>", title: B }
`,
  );
  const h = await openApp(page);
  await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(dir)} })`);
  const errors = page.getByTestId('errors');
  await expect(errors).toContainText(`image "${image}" is not an image type Puente shows`);
  await expect(errors).toContainText('got "<script>alert(1)</script>"');
  await expectInert(page);
  expect(dialogs).toEqual([]);
  expect(h.offOrigin).toEqual([]);
});
