// Finding your way in a briefing, through the real handlers: the overview, jump and search, backup slides and the way
// back, both languages on a slide, the shortcut card, and a tailored run that presenting and export follow.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './harness';
import { bundled, mainFlow, titleOf } from './bundled';
import { localize } from '../../main/model/text';

const [partnership, border] = [bundled.topics[0]!, bundled.topics[1]!];
const allSlides = bundled.topics.reduce((n, t) => n + t.slides.length, 0);
const flowTotal = bundled.topics.reduce((n, t) => n + mainFlow(t).length, 0);
const backupIndex = partnership.slides.findIndex((s) => s.backup);
const backup = partnership.slides[backupIndex]!;

test('Esc opens the overview: every topic as a row of thumbnails; arrows move and Enter jumps', async ({ page }) => {
  await openApp(page);
  await page.getByTestId(`topic-${partnership.id}`).click();
  await page.keyboard.press('Escape');
  const overview = page.getByTestId('overview');
  await expect(overview).toBeVisible();
  await expect(overview.getByTestId('overview-slide')).toHaveCount(allSlides);
  for (const topic of bundled.topics) await expect(overview).toContainText(localize(topic.title, 'en'));
  await expect(overview.locator('[data-testid=overview-slide][aria-current=true]')).toHaveAttribute('data-slide', '0');
  await page.keyboard.press('ArrowDown'); // to the border topic's row
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expect(page.getByTestId('slide')).toContainText(titleOf(border.slides[1]!, 'en')!.slice(0, 30));
  // O opens it too, and Escape closes it where the briefer was.
  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await expect(page.getByTestId('slide')).toContainText(titleOf(border.slides[1]!, 'en')!.slice(0, 30));
});

test('G jumps by number across the whole briefing; Ctrl+F finds words in either language and in the notes', async ({ page }) => {
  await openApp(page);
  await page.getByTestId(`topic-${partnership.id}`).click();
  await page.keyboard.press('g');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  const n = mainFlow(partnership).length + 2; // the border topic's second slide, counted over the run
  await input.fill(String(n));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide')).toContainText(titleOf(mainFlow(border)[1]!, 'en')!.slice(0, 30));

  // Presenting in English, the briefer types a Spanish word without its accent.
  await page.keyboard.press('Control+f');
  await input.fill('secretaria defensa');
  const first = page.getByTestId('search-result').first();
  await expect(first).toContainText(localize(partnership.title, 'en'));
  // A word found only in the speaker notes.
  await input.fill('terminology');
  await expect(page.getByTestId('search-result')).toHaveCount(1);
  await expect(page.getByTestId('search-result')).toContainText(titleOf(backup, 'en')!);
  await input.fill('zzzz nothing');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-input')).toHaveCount(0);
});

test('a backup slide stays out of the flow, is found by search, and Backspace returns to where the briefer was', async ({ page }) => {
  await openApp(page);
  await page.getByTestId(`topic-${partnership.id}`).click();
  const flow = mainFlow(partnership);
  for (const slide of flow) {
    expect(slide.id).not.toBe(backup.id);
    await expect(page.getByTestId('slide')).not.toHaveAttribute('data-slide-id', backup.id);
    await page.keyboard.press('ArrowRight');
  }
  // Now on the border topic's first slide; detour to the backup slide for a question.
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', border.slides[0]!.id);
  await page.keyboard.press('g');
  await page.getByTestId('search-input').fill(titleOf(backup, 'en')!);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', backup.id);
  await expect(page.getByTestId('progress')).toContainText('Backup slide');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', border.slides[0]!.id);
});

test('D shows both languages on every slide: the audience language first and large, the other beneath', async ({ page }) => {
  await openApp(page);
  await page.getByTestId(`topic-${border.id}`).click();
  await page.keyboard.press('d');
  const title = page.getByTestId('slide-title');
  await expect(title).toContainText(titleOf(border.slides[0]!, 'en')!);
  const secondary = page.getByTestId('slide').locator('[data-testid=secondary][lang=es]').first();
  await expect(secondary).toBeVisible();
  await expect(page.getByTestId('slide')).toContainText(titleOf(border.slides[0]!, 'es')!);
  const fontSize = (e: unknown) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(e).fontSize);
  const [big, small] = await Promise.all([title.evaluate(fontSize), secondary.evaluate(fontSize)]);
  expect(small).toBeLessThan(big);
  // Switching the audience language swaps which is primary.
  await page.keyboard.press('l');
  await expect(title).toContainText(titleOf(border.slides[0]!, 'es')!);
  await expect(page.getByTestId('slide').locator('[data-testid=secondary][lang=en]').first()).toBeVisible();
  await page.keyboard.press('d');
  await expect(page.getByTestId('slide').locator('[data-testid=secondary]')).toHaveCount(0);
});

test('? lists every shortcut within a 1280×720 window; arrow keys scroll it and any other key closes it', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('?');
  const card = page.getByTestId('shortcuts');
  await expect(card).toBeVisible();
  for (const word of ['Overview', 'Black screen', 'Presenter view', 'Backspace']) await expect(card).toContainText(word);
  const box = await card.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
  // Whole, or scrollable: the last shortcut can be brought into view, and scrolling keeps the card open.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await expect(card).toBeVisible();
  await expect(card.locator('dd').last()).toBeInViewport();
  await page.keyboard.press('x');
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('agenda')).toBeVisible();
});

test('a tailored run picks and orders topics; presenting, overview and export follow it; it is saved by name', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-run-'));
  const out = join(dir, 'run.pdf');
  const h = await openApp(page, { chooseExportPath: async () => out });
  const closing = bundled.topics.at(-1)!;
  await page.getByTestId('run-edit').click();
  for (const t of bundled.topics.slice(2, -1)) await page.getByTestId(`run-include-${t.id}`).uncheck();
  await page.getByTestId(`run-include-${border.id}`).uncheck();
  // Closing first, then the partnership: two moves up.
  for (let i = 0; i < bundled.topics.length - 1; i++) await page.getByTestId(`run-up-${closing.id}`).click();
  const runSlides = mainFlow(closing).length + mainFlow(partnership).length;
  await expect(page.getByTestId('run-total')).toContainText(String(runSlides));
  await page.getByTestId('run-name').fill('10-minute cut');
  await page.getByTestId('run-save').click();
  await page.getByTestId('run-done').click();

  const topics = page.locator('[data-testid^=topic-]:not([data-testid=topic-count])');
  await expect(topics).toHaveCount(2);
  await expect(topics.nth(0)).toContainText(localize(closing.title, 'en'));
  await expect(page.getByTestId('run-saved')).toHaveText('10-minute cut');

  // Presenting crosses from the closing topic straight into the partnership topic.
  await topics.nth(0).click();
  for (let i = 0; i < mainFlow(closing).length; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', mainFlow(partnership)[0]!.id);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('overview-slide')).toHaveCount(closing.slides.length + partnership.slides.length);
  await page.keyboard.press('Escape');

  // The Export dialog starts on the run's topics, in its order.
  await h.emit('menu:command', 'export-pdf');
  await expect(page.getByTestId(`export-topic-${closing.id}`)).toBeChecked();
  await expect(page.getByTestId(`export-topic-${border.id}`)).not.toBeChecked();
  const count = page.getByTestId('export-page-count');
  await expect(count).toHaveAttribute('data-pages', /^\d+$/);
  const predicted = Number(await count.getAttribute('data-pages'));
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-path')).toHaveText(out);
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${predicted}\\b`));
  expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain(localize(closing.title, 'en'));
  await page.keyboard.press('Escape');

  // Back to every topic, then the saved cut again.
  await page.keyboard.press('a');
  await page.getByTestId('run-all').click();
  await expect(topics).toHaveCount(bundled.topics.length);
  await page.getByTestId('run-saved').click();
  await expect(topics).toHaveCount(2);
  expect(flowTotal).toBeGreaterThan(runSlides);
});
