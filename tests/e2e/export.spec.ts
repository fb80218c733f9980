// The Export dialog in Chromium through the real handlers and the built export worker: choices and their page count,
// the PDF it writes, progress and Cancel on a 1,000-slide pack, Open / Show in folder, and accessibility.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './harness';
import { bundled } from './bundled';
import { writeSyntheticPack } from '../../bench/synthetic-pack';
import type { PuenteApi } from '../../main/model/contract';

const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const tempDir = () => mkdtempSync(join(tmpdir(), 'puente-export-'));

/** Opens the dialog with its shortcut once the app is ready for keys. */
async function openDialog(page: Page): Promise<void> {
  await expect(page.getByTestId('agenda')).toBeVisible();
  await page.keyboard.press('e');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

/** The page count the dialog shows once the planner has answered for the current choices. */
async function plannedPages(page: Page): Promise<number> {
  const count = page.getByTestId('export-page-count');
  await expect(count).toHaveAttribute('data-pages', /^\d+$/);
  return Number(await count.getAttribute('data-pages'));
}

/**
 * Opens `pack` (menu: Open Briefing…) until its title `title` is on screen, exports it with the dialog's defaults to
 * `out`, and returns the finished dialog's warnings. The new pack is on screen first: a dialog opened over the
 * previous one would plan and export that one.
 */
async function exportPack(page: Page, pack: string, title: string, out: string) {
  const h = await openApp(page, { chooseBriefingPath: async () => pack, chooseExportPath: async () => out });
  await h.emit('menu:command', 'open-briefing');
  await expect(page.getByTestId('briefing-title')).toHaveText(title);
  await openDialog(page);
  await plannedPages(page);
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-path')).toHaveText(out);
  return page.getByTestId('export-warnings');
}

/** Waits for the count to settle on a value other than `before` (the planner is asked after a short pause). */
async function changedPages(page: Page, before: number): Promise<number> {
  await expect(page.getByTestId('export-page-count')).not.toHaveAttribute('data-pages', String(before));
  return plannedPages(page);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate('Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)))');
  const result = await new AxeBuilder({ page }).include('[data-testid="export-dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('E, the agenda button and the menu open the dialog; Esc closes it and gives the keys back', async ({ page }) => {
  const h = await openApp(page);
  await expect(page.getByTestId('agenda')).toBeVisible();
  const dialog = page.getByTestId('export-dialog');
  await page.keyboard.press('e');
  await expect(dialog).toBeVisible();
  await expect(page.locator('input[name="export-layout"]:checked')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('overview')).toBeHidden(); // Esc went to the dialog, not to the overview
  await page.getByTestId('export-button').click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByTestId('export-button')).toBeFocused();
  await h.emit('menu:command', 'export-pdf');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toBeHidden(); // keys behind the dialog are not the app's while it is open
});

test('the ? card lists E for Export', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('agenda')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('Export PDF');
});

test('Tab stays inside the dialog', async ({ page }) => {
  await openApp(page);
  await openDialog(page);
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await page.evaluate<boolean>('document.querySelector(\'[data-testid="export-dialog"]\').contains(document.activeElement)')).toBe(true);
  }
});

test('choosing layout, topics, backup, language and paper changes the page count', async ({ page }) => {
  await openApp(page);
  await openDialog(page);
  const all = await plannedPages(page);

  await page.getByTestId(`export-topic-${bundled.topics[1]!.id}`).uncheck();
  const fewer = await changedPages(page, all);
  expect(fewer).toBeLessThan(all);
  await page.getByTestId(`export-topic-${bundled.topics[1]!.id}`).check();
  await expect(page.getByTestId('export-page-count')).toHaveAttribute('data-pages', String(all));

  await page.getByTestId('export-backup').check();
  expect(await changedPages(page, all)).toBeGreaterThan(all);
  await page.getByTestId('export-backup').uncheck();
  await expect(page.getByTestId('export-page-count')).toHaveAttribute('data-pages', String(all));

  // Paper and notes apply only where they fit: disabled for slides, enabled for handouts.
  await expect(page.getByTestId('export-paper-a4').locator('input')).toBeDisabled();
  await expect(page.getByTestId('export-notes')).toBeDisabled();
  await page.getByTestId('export-layout-handout-6').click();
  const six = await changedPages(page, all);
  expect(six).toBeLessThan(all);
  await expect(page.getByTestId('export-paper-a4').locator('input')).toBeEnabled();
  await expect(page.getByTestId('export-notes')).toBeDisabled();
  await page.getByTestId('export-layout-notes').click();
  await expect(page.getByTestId('export-notes')).toBeChecked();
  await expect(page.getByTestId('export-notes')).toBeDisabled();
  await page.getByTestId('export-layout-handout-3').click();
  await expect(page.getByTestId('export-notes')).toBeEnabled();

  // Unticking every topic says why nothing can be exported, and Export waits.
  for (const t of bundled.topics) await page.getByTestId(`export-topic-${t.id}`).uncheck();
  await expect(page.getByTestId('export-plan-problem')).toBeVisible();
  await expect(page.getByTestId('export-start')).toBeDisabled();
});

test("a tailored run is the dialog's default selection of topics, in the run's order", async ({ page }) => {
  await openApp(page);
  const [a, b, c] = bundled.topics.map((t) => t.id);
  await page.evaluate(
    ([x, y]) => (globalThis as unknown as { puente: PuenteApi }).puente.getShow().then((u) =>
      (globalThis as unknown as { puente: PuenteApi }).puente.setShow({ ...u.state, run: [y!, x!] })),
    [a, c] as const,
  );
  await page.reload();
  await openDialog(page);
  await expect(page.getByTestId(`export-topic-${c}`)).toBeChecked();
  await expect(page.getByTestId(`export-topic-${a}`)).toBeChecked();
  await expect(page.getByTestId(`export-topic-${b}`)).not.toBeChecked();
  const listed = await page.locator('[data-testid^="export-topic-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(listed.slice(0, 2)).toEqual([`export-topic-${c}`, `export-topic-${a}`]);
});

test('Export writes a PDF with exactly the predicted pages; Open PDF and Show in folder get that path', async ({ page }, info) => {
  const out = join(tempDir(), 'handout.pdf');
  const opened: string[] = [];
  const shown: string[] = [];
  await openApp(page, {
    chooseExportPath: async () => out,
    openPath: async (p) => (opened.push(p), ''),
    showItemInFolder: (p) => void shown.push(p),
  });
  await openDialog(page);
  await page.getByTestId('export-layout-handout-3').click();
  await page.getByTestId('export-lang-es').click();
  await page.getByTestId('export-paper-a4').click();
  const predicted = await plannedPages(page);
  expect(await seriousViolations(page), 'options').toEqual([]);
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-path')).toHaveText(out);
  await expect(page.getByTestId('export-done')).toContainText(`${predicted} pages`);
  expect(pagesOf(out)).toBe(predicted);
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
  await expect(page.getByTestId('export-open')).toBeFocused();
  expect(await seriousViolations(page), 'done').toEqual([]);
  await page.screenshot({ path: info.outputPath('export-done.png') });
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-folder').click();
  await expect.poll(() => [opened, shown]).toEqual([[out], [out]]);
});

test('after saving, the dialog lists what to check: text printed cut and characters no font has, at their lines', async ({ page }, info) => {
  const dir = tempDir();
  const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  writeFileSync(
    join(dir, 'briefing.yaml'),
    `puente: 1\nmeta: { title: T, organization: O }\ntopics:\n  - id: a\n    title: A\n    slides:\n      - { id: s, layout: title, title: "${long}", subtitle: "Logo \\U0010FFFD" }\n`,
  );
  const warnings = await exportPack(page, dir, 'T', join(dir, 'x.pdf'));
  await expect(warnings).toContainText('Check before you hand it out (2)');
  await expect(warnings).toContainText('briefing.yaml:7:');
  await expect(warnings).toContainText('topics[0].slides[0].title: warning: does not fit its box in the slides PDF');
  await expect(warnings).toContainText('topics[0].slides[0].subtitle: warning: no font can draw');
  expect(await seriousViolations(page), 'done with warnings').toEqual([]);
  await page.screenshot({ path: info.outputPath('export-warnings.png') });
});

test('a failure says which file and why, and leads back to the options', async ({ page }, info) => {
  await openApp(page, { chooseExportPath: async () => '/nonexistent-folder/briefing.pdf' });
  await openDialog(page);
  await plannedPages(page);
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-failure')).toContainText('/nonexistent-folder/briefing.pdf');
  expect(await seriousViolations(page), 'failed').toEqual([]);
  await page.screenshot({ path: info.outputPath('export-failed.png') });
  await page.getByRole('button', { name: 'Back to the options' }).click();
  await expect(page.getByTestId('export-start')).toBeVisible();
});

test('a flag that prints as two letters is listed in the dialog, placed and naming the slide, as the command line says', async ({ page }, info) => {
  const pack = join(process.cwd(), 'tests', 'fixtures', 'fidelity', 'emoji-sequences');
  const warnings = await exportPack(page, pack, 'Emoji sequences', join(tempDir(), 'flags.pdf'));
  await expect(warnings).toContainText('briefing.yaml:12:32 topics[0].slides[0].title.en: warning: slide "flags": the flag 🇲🇽 prints as the letters M X');
  await expect(warnings).toContainText('the keycap 1️⃣ prints as "1" beside an empty keycap frame');
  await page.screenshot({ path: info.outputPath('export-flag-warnings.png') });
});

// The dialog says what the command line says: a folder that is there but cannot take the file is never "missing".
for (const out of ['/proc/nope.pdf', '/sys/nope.pdf']) {
  test(`exporting to ${out} says why that folder cannot take the file, in the words the command line uses`, async ({ page }, info) => {
    await openApp(page, { chooseExportPath: async () => out });
    await openDialog(page);
    await plannedPages(page);
    await page.getByTestId('export-start').click();
    const failure = page.getByTestId('export-failure');
    await expect(failure).toContainText(`Cannot write ${out}: `);
    await expect(failure).toContainText(/does not accept new files|do not have permission|read-only/);
    await expect(failure).not.toContainText('does not exist');
    await page.screenshot({ path: info.outputPath(`export-failed-${out.split('/')[1]}.png`) });
  });
}

test.describe('a 1,000-slide pack', () => {
  test.setTimeout(120_000);

  async function bigPack(page: Page, out: string) {
    const pack = writeSyntheticPack(join(tempDir(), 'big'), { slides: 1000 });
    const h = await openApp(page, { chooseBriefingPath: async () => pack, chooseExportPath: async () => out });
    await h.emit('menu:command', 'open-briefing');
    await expect(page.getByTestId('briefing-title')).toContainText('1000 slides');
    await openDialog(page);
    await page.getByTestId('export-layout-handout-3').click();
    await page.getByTestId('export-backup').check();
    return h;
  }

  test('the main side answers calls while the export runs in its worker', async ({ page }, info) => {
    const dir = tempDir();
    const out = join(dir, 'big.pdf');
    await bigPack(page, out);
    const predicted = await plannedPages(page);
    await page.getByTestId('export-start').click();
    const bar = page.getByTestId('export-progress');
    await expect(bar).not.toHaveAttribute('aria-valuenow', '0');
    // A round trip through the handlers (as the presenter's clicks are) while pages are still being drawn.
    const during = await page.evaluate(async () => {
      const api = (globalThis as unknown as { puente: PuenteApi }).puente;
      const t0 = performance.now();
      const { state } = await api.getShow();
      await api.setShow({ ...state, blank: 'none' });
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document;
      const bar = doc.querySelector('[data-testid="export-progress"]');
      return { ms: performance.now() - t0, done: Number(bar?.getAttribute('aria-valuenow')), total: Number(bar?.getAttribute('aria-valuemax')) };
    });
    // How fast it answered is for `npm run bench`; here only that it answered while pages were still being drawn.
    console.log(`getShow + setShow during the export: ${during.ms.toFixed(1)} ms at page ${during.done} of ${during.total}`);
    expect(during.done).toBeLessThan(during.total);
    await page.screenshot({ path: info.outputPath('export-progress.png') });
    await expect(page.getByTestId('export-path')).toHaveText(out, { timeout: 90_000 });
    expect(pagesOf(out)).toBe(predicted);
  });

  test('Cancel stops it: the previous file is untouched and no temp file is left', async ({ page }) => {
    const dir = tempDir();
    const out = join(dir, 'big.pdf');
    writeFileSync(out, 'the previous export');
    await bigPack(page, out);
    await plannedPages(page);
    await page.getByTestId('export-start').click();
    await expect(page.getByTestId('export-progress')).not.toHaveAttribute('aria-valuenow', '0');
    expect(await seriousViolations(page), 'exporting').toEqual([]);
    await page.keyboard.press('Escape'); // Esc while exporting cancels
    await expect(page.getByTestId('export-note')).toContainText('cancelled');
    await expect(page.getByTestId('export-dialog')).toHaveAttribute('data-phase', 'choose');
    expect(readdirSync(dir)).toEqual(['big.pdf']);
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(existsSync(out)).toBe(true);
  });
});

test('the dialog over the light agenda and over the dark slide view (screenshots for review)', async ({ page }, info) => {
  await openApp(page);
  await openDialog(page);
  await plannedPages(page);
  await page.screenshot({ path: info.outputPath('export-light.png') });
  await page.keyboard.press('Escape');
  await page.getByTestId(`topic-${bundled.topics[0]!.id}`).click();
  await page.keyboard.press('l');
  await page.keyboard.press('e');
  await plannedPages(page);
  await page.screenshot({ path: info.outputPath('export-dark-es.png') });
  expect(await seriousViolations(page), 'over a slide').toEqual([]);
});
