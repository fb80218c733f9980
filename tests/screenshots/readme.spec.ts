// Remakes the README's screenshots (`npm run screenshots`): the app in Chromium — agenda, slide, bilingual slide,
// overview, search, presenter view — and page 3 of an exported PDF.
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

  await h.emit('menu:command', 'export-pdf');
  await expect(page.getByTestId('toast')).toContainText('b.pdf', { timeout: 20_000 });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '3', '-l', '3', '-singlefile', join(dir, 'b.pdf'), join(dir, 'page')]);
  renameSync(join(dir, 'page.png'), repoPath('docs/screenshots/pdf-page.png'));
});
