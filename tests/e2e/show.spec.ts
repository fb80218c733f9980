// The show as the audience and the briefer see it (issue 13): the slide alone and full bleed with its banners top
// and bottom; controls that come with the pointer and go with stillness (a fake clock, never a wait); jump digits
// where the briefer looks; one slide numbering; the presenter's true miniature; an agenda that shows its topics.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, startMainWithPresenter } from './harness';
import { bundled, mainFlow, titleOf } from './bundled';
import type { Slide } from '../../main/model/schema';

/** Every main-flow slide with its deck-wide number (1-based), as the app numbers them. */
const deck: { slide: Slide; n: number; topic: number }[] = bundled.topics
  .flatMap((t, topic) => mainFlow(t).map((slide) => ({ slide, topic })))
  .map((x, i) => ({ ...x, n: i + 1 }));

async function box(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error(`no box for ${l.toString()}`);
  return b;
}

/** `inner` lies inside `outer`, to within a pixel of rounding. */
function expectInside(inner: { x: number; y: number; width: number; height: number }, outer: typeof inner, what: string): void {
  expect(inner.x, `${what} left`).toBeGreaterThanOrEqual(outer.x - 1);
  expect(inner.y, `${what} top`).toBeGreaterThanOrEqual(outer.y - 1);
  expect(inner.x + inner.width, `${what} right`).toBeLessThanOrEqual(outer.x + outer.width + 1);
  expect(inner.y + inner.height, `${what} bottom`).toBeLessThanOrEqual(outer.y + outer.height + 1);
}

for (const [w, h] of [[1280, 720], [1920, 1080], [1000, 720], [1280, 1000]] as const) {
  test(`at ${w}×${h} the slide fills the window at 16:9 with its banners top and bottom, and nothing else shows`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    const clock = page.context().clock;
    await clock.install();
    await openApp(page);
    await page.getByTestId(`topic-${bundled.topics[1]!.id}`).click();
    await clock.runFor(10_000); // whatever woke the controls has long been still
    await expect(page.getByTestId('controls')).toHaveAttribute('data-shown', 'false');
    await expect(page.getByTestId('controls')).toHaveCSS('opacity', '0');
    const stage = await box(page.getByTestId('stage'));
    const scale = Math.min(w / 1280, h / 720);
    expect(stage.width).toBeCloseTo(1280 * scale, 0);
    expect(stage.height).toBeCloseTo(720 * scale, 0);
    // Letterboxed only by the window's own aspect: centred, touching two opposite edges.
    expect(stage.x).toBeCloseTo((w - stage.width) / 2, 0);
    expect(stage.y).toBeCloseTo((h - stage.height) / 2, 0);
    const marking = bundled.meta.classification!.text;
    for (const edge of ['top', 'bottom'] as const) {
      const banner = page.getByTestId(`banner-${edge}`);
      await expect(banner).toHaveText(marking);
      const b = await box(banner);
      expectInside(b, stage, `${edge} banner`);
      if (edge === 'top') expect(b.y).toBeCloseTo(stage.y, 0);
      else expect(b.y + b.height).toBeCloseTo(stage.y + stage.height, 0);
    }
  });
}

test('the controls come with the pointer or the keyboard, and go after a few still seconds', async ({ page }) => {
  const clock = page.context().clock;
  await clock.install();
  await openApp(page);
  await page.getByTestId(`topic-${bundled.topics[1]!.id}`).click();
  const controls = page.getByTestId('controls');
  await clock.runFor(10_000);
  await expect(controls).toHaveAttribute('data-shown', 'false');

  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await expect(controls).toHaveAttribute('data-shown', 'true');
  await expect(controls).toHaveCSS('opacity', '1');
  await clock.runFor(1_000);
  await expect(controls).toHaveAttribute('data-shown', 'true'); // still there a second later
  await clock.runFor(5_000);
  await expect(controls).toHaveAttribute('data-shown', 'false');
  await expect(controls).toHaveCSS('opacity', '0');

  // From the keyboard: Tab reaches the Agenda button, and the controls show while they hold the focus.
  await page.keyboard.press('Tab');
  await expect(controls.getByRole('button', { name: 'Agenda' })).toBeFocused();
  await expect(controls).toHaveCSS('opacity', '1');
  // Shown, they pass axe (contrast included) over the slide.
  const axe = await new AxeBuilder({ page }).include('[data-testid="controls"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda')).toBeVisible();
});

test('digits then Enter go to the deck-wide slide number, from any topic and from the agenda; the bar says both numbers', async ({ page }) => {
  await openApp(page);
  const target = deck.find((d) => d.topic === 2)!; // in the third topic, opened from the first
  await page.getByTestId(`topic-${bundled.topics[0]!.id}`).click();
  for (const digit of String(target.n)) await page.keyboard.press(digit);
  await expect(page.getByTestId('typed')).toHaveText(`Go to slide ${target.n}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', target.slide.id);
  const inTopic = deck.filter((d) => d.topic === target.topic);
  await expect(page.getByTestId('progress')).toContainText(
    `Slide ${target.n} of ${deck.length} · Topic ${target.topic + 1}, 1 of ${inTopic.length}`,
  );
  await expect(page.getByTestId('typed')).toHaveCount(0);

  const last = deck.at(-1)!;
  await page.keyboard.press('a');
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(page.getByTestId(`topic-${bundled.topics[target.topic]!.id}`).getByTestId('slide-range')).toHaveText(
    `Slides ${inTopic[0]!.n}–${inTopic.at(-1)!.n}`,
  );
  for (const digit of String(last.n)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', last.slide.id);
  // The overview captions the slide with the same number.
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-testid="overview-slide"][aria-current="true"] .number`)).toHaveText(String(last.n));
  await page.keyboard.press('Escape');
  // Search lists the same number first, with the topic position beside it.
  await page.keyboard.press('g');
  await page.getByTestId('search-input').fill(String(target.n));
  const first = page.getByTestId('search-result').first();
  await expect(first.locator('.number')).toHaveText(String(target.n));
  await expect(first.getByTestId('search-topic-place')).toHaveText(`Topic ${target.topic + 1}, 1 of ${inTopic.length}`);
});

async function withPresenter(page: Page, size: { width: number; height: number }): Promise<Page> {
  const { main, presenter } = await startMainWithPresenter(page.context(), size);
  await main.openWindow(page);
  await page.getByTestId(`topic-${bundled.topics[0]!.id}`).click();
  await page.keyboard.press('p');
  await expect.poll(() => presenter() !== undefined).toBe(true);
  await expect(page.getByTestId('controls')).toHaveCount(0);
  return presenter()!;
}

test('with the presenter window open, jump digits typed in either window show there and never on the projector', async ({ page }) => {
  const presenter = await withPresenter(page, { width: 1280, height: 720 });
  const target = deck[4]!;
  await page.keyboard.press(String(target.n));
  await expect(presenter.getByTestId('typed')).toHaveText(`Go to slide ${target.n}`);
  await expect(page.getByTestId('typed')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', target.slide.id);
  await expect(presenter.getByTestId('typed')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-position')).toContainText(`Slide ${target.n} of ${deck.length}`);

  // The show's controls live in the presenter window.
  const controls = presenter.getByTestId('presenter-controls');
  await controls.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', deck[5]!.slide.id);
  await controls.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', target.slide.id);
  await controls.getByRole('button', { name: /Agenda/ }).click();
  await expect(page.getByTestId('agenda')).toBeVisible();

  await presenter.keyboard.press('1');
  await expect(presenter.getByTestId('typed')).toHaveText('Go to slide 1');
  await expect(page.getByTestId('typed')).toHaveCount(0);
  await presenter.keyboard.press('Enter');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', deck[0]!.slide.id);
});

test('with the presenter window open, a toast raised in the audience window shows in the presenter window instead', async ({ page }) => {
  const presenter = await withPresenter(page, { width: 1280, height: 720 });
  // Dropping something that is not a pack raises an error toast in the window it was dropped on.
  await page.evaluate("window.dispatchEvent(new DragEvent('drop', { dataTransfer: new DataTransfer(), cancelable: true }))");
  await expect(presenter.getByTestId('toast')).toHaveText(/Drop a briefing folder/);
  await expect(presenter.getByTestId('toast')).toHaveAttribute('data-kind', 'error');
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

// The bullets slide with a source and the most bullets: its last bullet and source line are what a crop cuts first.
const tallest = deck
  .filter((d) => d.slide.layout === 'bullets' && d.slide.sources.length > 0)
  .sort((a, b) => ('bullets' in b.slide ? b.slide.bullets.length : 0) - ('bullets' in a.slide ? a.slide.bullets.length : 0))[0]!;

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
  test(`at ${size.width}×${size.height} the presenter's "Now showing" is the whole slide at 16:9, banners, last bullet and source line inside`, async ({ page }) => {
    const presenter = await withPresenter(page, size);
    for (const digit of String(tallest.n)) await presenter.keyboard.press(digit);
    await presenter.keyboard.press('Enter');
    const mini = presenter.getByTestId('presenter-mini');
    await expect(mini.getByTestId('slide')).toHaveAttribute('data-slide-id', tallest.slide.id);
    const frame = await box(mini.getByRole('img', { name: 'Now showing' }));
    expect(frame.width / frame.height).toBeCloseTo(16 / 9, 2);
    expect(frame.width).toBeGreaterThan(size.width * 0.35); // a miniature worth reading, not a stamp
    const title = titleOf(tallest.slide, 'en')!;
    await expect(mini.getByTestId('slide')).toContainText(title.slice(0, 30));
    expectInside(await box(mini.locator('li').last()), frame, 'last bullet');
    expectInside(await box(mini.getByTestId('source-line')), frame, 'source line');
    for (const edge of ['top', 'bottom'] as const) expectInside(await box(mini.getByTestId(`banner-${edge}`)), frame, `${edge} banner`);
    // The whole presenter view fits its window: the notes are not pushed off.
    expectInside(await box(presenter.getByTestId('notes')), { x: 0, y: 0, ...size }, 'notes');
  });
}

test('at 1280×720 the agenda header is compact and several topics are above the fold', async ({ page }) => {
  await openApp(page);
  const header = await box(page.getByTestId('agenda-header'));
  expect(header.height / 720).toBeLessThan(0.25);
  let above = 0;
  for (const topic of bundled.topics) {
    const row = await box(page.getByTestId(`topic-${topic.id}`));
    if (row.y + row.height <= 720) above += 1;
  }
  expect(above).toBeGreaterThanOrEqual(Math.min(4, bundled.topics.length));
});
