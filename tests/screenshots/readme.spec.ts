// Remakes the README's screenshots (`npm run screenshots`): the app in Chromium — agenda, slide, bilingual slide,
// overview, search, presenter view, the Export dialog — and a page of each PDF layout.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath, startMain } from '../e2e/harness';

const shot = (name: string) => ({ path: repoPath(`docs/screenshots/${name}.png`) });

test('README screenshots', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-shots-'));
  const main = await startMain(page.context(), { chooseExportPath: async () => join(dir, 'b.pdf') });
  const h = await main.openWindow(page);
  await page.getByTestId('agenda').waitFor();
  await page.screenshot(shot('agenda'));
  await page.getByTestId('topic-border').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // The show is the slide alone: the controls that came with the click fade after a few still seconds.
  await expect(page.getByTestId('controls')).toHaveAttribute('data-shown', 'false');
  await page.waitForTimeout(300);
  await page.screenshot(shot('slide'));

  await page.keyboard.press('d');
  await page.waitForTimeout(300);
  await page.screenshot(shot('bilingual'));
  await page.keyboard.press('l');
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(300);
  await page.screenshot(shot('bilingual-es'));
  await page.keyboard.press('l');
  await page.keyboard.press('d');
  await page.keyboard.press('ArrowRight');

  await page.keyboard.press('Escape');
  await page.getByTestId('overview').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot(shot('overview'));
  await page.keyboard.press('Escape');

  await page.keyboard.press('g');
  await page.getByTestId('search-input').fill('frontera');
  await page.waitForTimeout(200);
  await page.screenshot(shot('search'));
  await page.keyboard.press('Escape');

  const presenter = await page.context().newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await main.openWindow(presenter, 'presenter');
  await presenter.getByTestId('audience-lang').selectOption('es');
  await presenter.getByTestId('presenter-current').getByTestId('slide').waitFor();
  await presenter.waitForTimeout(500);
  await presenter.screenshot(shot('presenter'));
  await presenter.getByTestId('audience-lang').selectOption('en');

  await presenter.close();
  await page.bringToFront(); // a background tab does not run CSS transitions: the shot would show the old choice
  await page.keyboard.press('e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-layout-handout-3').click();
  await expect(dialog.getByTestId('export-page-count')).not.toHaveAttribute('data-pages', '');
  await page.waitForTimeout(300);
  await page.screenshot(shot('export-dialog'));
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');

  // A page of each PDF layout, drawn by the CLI (the same exporter): the first page that shows what the layout is.
  const pictures: [layout: string, page: number, extra: string[]][] = [
    ['slides', 5, []], ['handout-1', 4, []], ['handout-2', 3, []], ['handout-3', 3, []], ['handout-6', 3, []],
    ['notes', 4, []], ['brief', 3, []], ['handout-2', 4, ['--lang', 'both', '--notes']],
  ];
  for (const [layout, n, extra] of pictures) {
    const name = extra.length ? `pdf-${layout}-bilingual` : `pdf-${layout}`;
    const pdf = join(dir, `${name}.pdf`);
    execFileSync('node', [repoPath('bin/puente.cjs'), 'export', '--layout', layout, ...extra, '--out', pdf]);
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', String(n), '-l', String(n), '-singlefile', pdf, join(dir, name)]);
    renameSync(join(dir, `${name}.png`), repoPath(`docs/screenshots/${name}.png`));
  }
  execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', join(dir, 'pdf-slides.pdf'), join(dir, 'cover')]);
  renameSync(join(dir, 'cover.png'), repoPath('docs/screenshots/pdf-cover.png'));
});
