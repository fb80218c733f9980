// Two windows of one app, through the real handlers: the audience window and the presenter view drive each other and
// never drift; notes read in another language than the audience's; blank screens; the timer.
import { test, expect, type Page } from '@playwright/test';
import { startMain, startMainWithPresenter, type MainSide } from './harness';
import { bundled, mainFlow, titleOf } from './bundled';
import { localize } from '../../main/model/text';

async function twoWindows(page: Page): Promise<{ audience: Page; presenter: Page; main: MainSide }> {
  const main = await startMain(page.context());
  await main.openWindow(page, 'audience');
  const presenter = await page.context().newPage();
  await main.openWindow(presenter, 'presenter');
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  return { audience: page, presenter, main };
}

const border = bundled.topics[1]!;
const borderSlides = mainFlow(border);

test('either window drives both: the presenter view follows the audience window and the other way round', async ({ page }) => {
  const { audience, presenter, main } = await twoWindows(page);
  await audience.getByTestId(`topic-${border.id}`).click();
  const current = presenter.getByTestId('presenter-current');
  await expect(current).toContainText(titleOf(borderSlides[0]!, 'en')!.slice(0, 30));
  await expect(presenter.getByTestId('presenter-next')).toContainText(titleOf(borderSlides[1]!, 'en')!.slice(0, 30));
  await expect(presenter.getByTestId('presenter-topic')).toHaveText(localize(border.title, 'en'));
  // Slides keep their own ink inside the dark presenter window.
  const ink = (e: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(e).color;
  expect(await presenter.getByTestId('presenter-next').locator('li').first().evaluate(ink)).toBe('rgb(27, 36, 48)'); // --ink

  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('slide')).toContainText(titleOf(borderSlides[1]!, 'en')!.slice(0, 30));
  await audience.keyboard.press('ArrowRight');
  await expect(current).toContainText(titleOf(borderSlides[2]!, 'en')!.slice(0, 30));

  // Keys pressed in both windows at once still leave them on the same slide.
  for (let i = 0; i < 6; i++) {
    void audience.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowLeft');
  }
  await expect
    .poll(async () => {
      const a = await audience.getByTestId('slide').getAttribute('data-slide-id');
      const p = await current.getByTestId('slide').getAttribute('data-slide-id');
      return a !== null && a === p;
    })
    .toBe(true);
  expect(main.offOrigin).toEqual([]);
});

test('the presenter reads notes in English while the audience sees Spanish', async ({ page }) => {
  const { audience, presenter } = await twoWindows(page);
  await audience.getByTestId(`topic-${border.id}`).click();
  await presenter.getByTestId('audience-lang').selectOption('es');
  await expect(audience.getByTestId('slide')).toContainText(titleOf(borderSlides[0]!, 'es')!.slice(0, 30));
  await expect(presenter.getByTestId('presenter-current')).toContainText(titleOf(borderSlides[0]!, 'es')!.slice(0, 30));
  const notes = borderSlides[0]!.notes!;
  await expect(presenter.getByTestId('notes')).toContainText(localize(notes, 'en').slice(0, 40));
  await presenter.getByTestId('notes-lang').selectOption('es');
  await expect(presenter.getByTestId('notes')).toContainText(localize(notes, 'es').slice(0, 40));
  // The notes language is the presenter's own: the audience stays in Spanish either way.
  await presenter.getByTestId('notes-lang').selectOption('en');
  await expect(audience.getByTestId('slide')).toContainText(titleOf(borderSlides[0]!, 'es')!.slice(0, 30));
});

test('B and W blank the audience screen from either window; the presenter sees that it is blank', async ({ page }) => {
  const { audience, presenter } = await twoWindows(page);
  await audience.getByTestId(`topic-${border.id}`).click();
  await presenter.keyboard.press('b');
  await expect(audience.getByTestId('blank')).toHaveAttribute('data-colour', 'black');
  await expect(presenter.getByTestId('presenter-blank')).toBeVisible();
  await audience.keyboard.press('w');
  await expect(audience.getByTestId('blank')).toHaveAttribute('data-colour', 'white');
  // The first key after a blank shows the slide again, without moving on.
  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('blank')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-blank')).toHaveCount(0);
  await expect(audience.getByTestId('slide')).toContainText(titleOf(borderSlides[0]!, 'en')!.slice(0, 30));
});

test('P opens the presenter view; the audience window then shows the slide alone', async ({ page }) => {
  const { main, presenter } = await startMainWithPresenter(page.context());
  await main.openWindow(page);
  await page.getByTestId(`topic-${border.id}`).click();
  await expect(page.getByTestId('progress')).toBeVisible();
  await page.keyboard.press('p');
  await expect.poll(() => presenter() !== undefined).toBe(true);
  await expect(presenter()!.getByTestId('presenter-current')).toContainText(titleOf(borderSlides[0]!, 'en')!.slice(0, 30));
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(page.getByTestId('slide')).toBeVisible();
});

test('the timer counts, pauses and resets; the clock shows the time', async ({ page }) => {
  // A fake clock: time moves only when the test says, so no speed of the machine changes what the timer shows.
  const clock = page.context().clock;
  await clock.install({ time: new Date('2026-11-30T09:00:00') });
  const { presenter } = await twoWindows(page);
  await clock.pauseAt(new Date('2026-11-30T09:30:00'));
  const elapsed = presenter.getByTestId('elapsed');
  await presenter.getByTestId('timer-reset').click();
  await expect(elapsed).toHaveText('0:00');
  await clock.runFor(65_000);
  await expect(elapsed).toHaveText('1:05');
  await presenter.getByTestId('timer-toggle').click();
  await expect(elapsed).toHaveClass(/paused/);
  await clock.runFor(30_000);
  await expect(elapsed).toHaveText('1:05');
  await presenter.getByTestId('timer-reset').click();
  await expect(elapsed).toHaveText('0:00');
  await expect(presenter.getByTestId('clock')).toHaveText(/\d{1,2}:\d{2}/);
});

test('the audience window announces each slide to screen readers', async ({ page }) => {
  const { audience } = await twoWindows(page);
  await audience.getByTestId(`topic-${border.id}`).click();
  const before = bundled.topics.slice(0, 1).reduce((n, t) => n + mainFlow(t).length, 0);
  const total = bundled.topics.reduce((n, t) => n + mainFlow(t).length, 0);
  await expect(audience.getByTestId('announce')).toHaveText(
    `Slide ${before + 1} of ${total}, ${localize(border.title, 'en')}: ${titleOf(borderSlides[0]!, 'en')}`,
  );
  await expect(audience.getByTestId('announce')).toHaveAttribute('aria-live', 'polite');
});
