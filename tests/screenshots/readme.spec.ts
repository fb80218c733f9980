// Remakes the README's screenshots (`npm run screenshots`): the app in Chromium and page 1 of an exported PDF.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, repoPath } from '../e2e/harness';

test('agenda, slide and PDF page screenshots', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-shots-'));
  const h = await openApp(page, { chooseExportPath: async () => join(dir, 'b.pdf') });
  await page.getByTestId('agenda').waitFor();
  await page.screenshot({ path: repoPath('docs/screenshots/agenda.png') });
  await page.getByTestId('topic-border').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await page.screenshot({ path: repoPath('docs/screenshots/slide.png') });
  await h.emit('menu:command', 'export-pdf');
  await expect(page.getByTestId('toast')).toContainText('b.pdf', { timeout: 20_000 });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '3', '-l', '3', '-singlefile', join(dir, 'b.pdf'), join(dir, 'page')]);
  renameSync(join(dir, 'page.png'), repoPath('docs/screenshots/pdf-page.png'));
});
