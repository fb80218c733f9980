// The HTML deck (`puente export --format html`, issue 16) opened from file:// in Chromium with every request that
// would leave the page blocked and counted: it presents the briefing by keyboard in both languages, bilingual mode,
// the overview; notes only with --notes; a strict CSP; pack text with markup shows as text.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localize } from '../../main/model/text';
import { bundled } from './bundled';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'puente-deck-'));

/** Runs the built CLI; returns the deck's path. */
function exportDeck(name: string, args: string[], pack?: string): string {
  const out = join(dir, name);
  execFileSync('node', [join(root, 'bin/puente.cjs'), 'export', ...(pack ? [pack] : []), '--out', out, ...args], { encoding: 'utf8' });
  return out;
}

/** Opens `file` and counts every request other than the file itself (all of them are aborted). */
async function openDeck(page: Page, file: string): Promise<{ requests: string[]; dialogs: string[] }> {
  const requests: string[] = [];
  const dialogs: string[] = [];
  const self = pathToFileURL(file).href;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === self) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(self);
  await expect(page.getByTestId('agenda')).toBeVisible();
  return { requests, dialogs };
}

const slideTitle = (page: Page) => page.getByTestId('slide-title').first();

/** Presses → through the whole deck from its first slide; returns the slide ids seen, in order. */
async function walk(page: Page, count: number): Promise<string[]> {
  await page.keyboard.press('F5');
  const slide = page.getByTestId('slide');
  await expect(slide).toBeVisible();
  const ids = [(await slide.getAttribute('data-slide-id')) ?? ''];
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(slide).not.toHaveAttribute('data-slide-id', ids[i - 1] ?? '');
    ids.push((await slide.getAttribute('data-slide-id')) ?? '');
  }
  return ids;
}

test('the deck walks every slide by keyboard in English and Spanish with no request leaving the page', async ({ page }) => {
  const out = join(dir, 'walk.html');
  const said = execFileSync('node', [join(root, 'bin/puente.cjs'), 'export', '--out', out, '--lang', 'en'], { encoding: 'utf8' });
  const count = Number(/\((\d+) slides\)/.exec(said)?.[1]);
  const { requests } = await openDeck(page, out);
  const english = await walk(page, count);
  expect(new Set(english).size).toBe(count);
  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.keyboard.press('a');
  expect(await walk(page, count)).toEqual(english);
  expect(requests).toEqual([]);
});

test('the deck opens in Spanish when exported in Spanish, and `both` opens bilingual', async ({ page }) => {
  const es = exportDeck('es.html', ['--lang', 'es']);
  await openDeck(page, es);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('briefing-title')).toContainText('Asociación');
  const both = exportDeck('both.html', ['--lang', 'both']);
  await openDeck(page, both);
  await page.keyboard.press('F5');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-testid="slide"] [lang="es"]').first()).toBeVisible();
  await page.keyboard.press('d');
  await expect(page.locator('[data-testid="slide"] [lang="es"]')).toHaveCount(0);
});

test('the overview opens with O and jumps to a slide', async ({ page }) => {
  await openDeck(page, exportDeck('ov.html', ['--lang', 'en']));
  await page.keyboard.press('F5');
  await page.keyboard.press('o');
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.getByTestId('overview-slide').nth(3).click();
  await expect(page.getByTestId('overview')).toBeHidden();
  await expect(page.getByTestId('slide')).toBeVisible();
});

test('speaker notes are in the file only with --notes, and then the presenter view (P) shows them', async ({ page }) => {
  const plain = exportDeck('plain.html', ['--lang', 'en']);
  const noted = exportDeck('noted.html', ['--lang', 'en', '--notes']);
  // The start of the first slide's notes in the bundled briefing (its first words: plain letters, never escaped).
  const note = localize(bundled.topics[0]!.slides[0]!.notes!, 'en').split(' ').slice(0, 4).join(' ');
  expect(readFileSync(plain, 'utf8')).not.toContain(note);
  expect(readFileSync(noted, 'utf8')).toContain(note);
  await openDeck(page, noted);
  await page.keyboard.press('F5');
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect(page.getByTestId('notes')).toBeVisible();
  await openDeck(page, plain);
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
});

test('the file carries its own strict CSP and nothing a browser would fetch from the network', () => {
  const html = readFileSync(exportDeck('csp.html', ['--lang', 'en']), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  // src=, href=, url() and @import never name a network address (http: strings in the code are error links, never loaded).
  expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
  expect(html).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
  expect(html).not.toMatch(/@import/i);
});

test('pack text with </script> and markup shows as text and runs nothing', async ({ page }) => {
  const file = exportDeck('hostile.html', ['--lang', 'en', '--notes'], join(root, 'tests/fixtures/hostile/script-html'));
  const { requests, dialogs } = await openDeck(page, file);
  await expect(page.getByTestId('briefing-title')).toContainText('<script>alert("meta.title")</script>');
  await page.keyboard.press('F5');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(page)).toContainText('</script>');
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('the deck passes axe on the agenda and a slide', async ({ page }) => {
  await openDeck(page, exportDeck('axe.html', ['--lang', 'both']));
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const serious = async () =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(await serious()).toEqual([]);
  await page.keyboard.press('F5');
  await page.keyboard.press('ArrowRight');
  expect(await serious()).toEqual([]);
});
