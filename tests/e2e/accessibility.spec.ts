// axe-core on every view a briefer or an audience member meets: no serious or critical violation (WCAG 2 A/AA,
// colour contrast included). Reduced motion is honoured.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startMain } from './harness';
import { bundled } from './bundled';

async function seriousViolations(page: Page): Promise<string[]> {
  // Judge the settled view: colours are not final while a layer is still fading in.
  await page.evaluate('Promise.all(document.getAnimations().map((a) => a.finished))');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the agenda, a slide of each layout, the overview, search and the presenter view pass axe', async ({ page }) => {
  const main = await startMain(page.context());
  await main.openWindow(page);
  await expect(page.getByTestId('agenda')).toBeVisible();
  expect(await seriousViolations(page), 'agenda').toEqual([]);

  await page.getByTestId(`topic-${bundled.topics[0]!.id}`).click();
  const seen = new Set<string>();
  const total = bundled.topics.reduce((n, t) => n + t.slides.filter((s) => !s.backup).length, 0);
  for (let i = 0; i < total; i++) {
    const layout = (await page.getByTestId('slide').getAttribute('data-layout')) ?? '';
    if (!seen.has(layout)) {
      seen.add(layout);
      expect(await seriousViolations(page), `slide ${i + 1} (${layout})`).toEqual([]);
    }
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('d');
  expect(await seriousViolations(page), 'bilingual slide').toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('overview')).toBeVisible();
  expect(await seriousViolations(page), 'overview').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('g');
  await page.getByTestId('search-input').fill('border');
  expect(await seriousViolations(page), 'search').toEqual([]);
  await page.keyboard.press('Escape');

  const presenter = await page.context().newPage();
  await main.openWindow(presenter, 'presenter');
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  expect(await seriousViolations(presenter), 'presenter view').toEqual([]);
});

test('with reduced motion requested, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const main = await startMain(page.context());
  await main.openWindow(page);
  await page.getByTestId(`topic-${bundled.topics[0]!.id}`).click();
  const durations = await page.evaluate(`[...document.querySelectorAll('*')]
    .map((e) => parseFloat(getComputedStyle(e).transitionDuration) + parseFloat(getComputedStyle(e).animationDuration))
    .filter((d) => d > 0.001)`);
  expect(durations).toEqual([]);
});
