// The authoring loop, through the real handlers, the real file watcher and a real settings file: save a pack and
// the app reloads it in place; save it broken and the last good version stays with the errors over it; open packs
// by dropping them and from the recent list; start again where the briefer left off.
import { test, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, repoPath, startMain } from './harness';
import { SettingsStore } from '../../main/settings/store';
import { BriefingSession } from '../../main/briefing/session';

function copyMinimal(): { dir: string; yaml: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'puente-author-')), 'minimal');
  cpSync(repoPath('tests/fixtures/packs/minimal'), dir, { recursive: true });
  return { dir, yaml: join(dir, 'briefing.yaml') };
}

async function openPack(page: Page, path: string): Promise<void> {
  await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(path)} })`);
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');
}

test('saving the pack reloads it in place; a broken save keeps the last good version and lists the errors', async ({ page }) => {
  const pack = copyMinimal();
  await openApp(page);
  await openPack(page, pack.dir);
  await page.getByTestId('topic-first').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-title')).toHaveText('Figures');

  const good = readFileSync(pack.yaml, 'utf8');
  writeFileSync(pack.yaml, good.replace('{ en: Figures, es: Cifras }', '{ en: Figures that matter, es: Cifras que importan }'));
  await expect(page.getByTestId('slide-title')).toHaveText('Figures that matter');
  await expect(page.getByTestId('progress')).toContainText('2');

  // A typo in a layout name: the errors name the file, line and column; the slide stays on screen.
  const broken = good.replace('layout: stats', 'layout: stat');
  writeFileSync(pack.yaml, broken);
  const line = broken.split('\n').findIndex((l) => l.includes('layout: stat')) + 1;
  await expect(page.getByTestId('reload-errors')).toContainText(`minimal/briefing.yaml:${line}:`);
  await expect(page.getByTestId('slide-title')).toHaveText('Figures that matter');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-title')).toHaveText('Points');
  await page.keyboard.press('ArrowLeft');

  writeFileSync(pack.yaml, good);
  await expect(page.getByTestId('reload-errors')).toHaveCount(0);
  await expect(page.getByTestId('slide-title')).toHaveText('Figures');
});

test('dropping a pack folder on the window opens it; the recent list opens it again', async ({ page }) => {
  const pack = copyMinimal();
  await openApp(page);
  await expect(page.getByTestId('agenda')).toBeVisible();
  await page.evaluate(`window.__droppedPaths = { minimal: ${JSON.stringify(pack.dir)} }`);
  const data = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([''], 'minimal'));
    return dt;
  })()`);
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');

  await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(repoPath('assets/briefings/ca-mx-spp'))} })`);
  await expect(page.getByTestId('agenda')).not.toContainText('Minimal briefing');
  await page.getByTestId('recent-pack').filter({ hasText: 'minimal' }).click();
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');
});

test('the app reopens the last pack at the last position', async ({ page, browser }) => {
  const pack = copyMinimal();
  const file = join(mkdtempSync(join(tmpdir(), 'puente-settings-')), 'settings.json');
  const first = await SettingsStore.open(file);
  const main = await startMain(page.context(), { settings: first });
  await main.openWindow(page);
  await openPack(page, pack.dir);
  await page.getByTestId('topic-second').click();
  await expect(page.getByTestId('slide-title')).toHaveText('Points');
  await expect.poll(() => first.show(pack.yaml)?.place.topic).toBe(1);
  await first.flush();

  // A new start of the app: the shell passes the last pack from the settings file to the session.
  const settings = await SettingsStore.open(file);
  expect(settings.lastPack()).toBe(pack.yaml);
  const context = await browser.newContext();
  const again = await context.newPage();
  const main2 = await startMain(context, { settings }, new BriefingSession({ initialPack: settings.lastPack() }));
  await main2.openWindow(again);
  await expect(again.getByTestId('slide-title')).toHaveText('Points');
  await context.close();
});
