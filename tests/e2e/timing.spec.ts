// Planned times through the real handlers, in Chromium, on a fake clock (time moves only when the test says): the
// presenter view's pacing after minutes on a slide, ahead and behind, a countdown, none of it on the audience's
// screen; a rehearsal recorded and shown again, compared with the next; a run cut to a slot, saved, and paced.
import { test, expect, type Page } from '@playwright/test';
import { repoPath, startMain, type MainSide } from './harness';
import { BriefingSession } from '../../main/briefing/session';

const PACK = repoPath('tests/fixtures/timing/briefing.yaml');
const MINUTE = 60_000;
type Styled = { getComputedStyle(e: unknown): { backgroundColor: string } };
const background = (e: unknown) => (globalThis as unknown as Styled).getComputedStyle(e).backgroundColor;

async function twoWindows(page: Page): Promise<{ audience: Page; presenter: Page; main: MainSide }> {
  const clock = page.context().clock;
  await clock.install({ time: new Date('2026-11-30T09:00:00') });
  const main = await startMain(page.context(), {}, new BriefingSession({ initialPack: PACK }));
  await main.openWindow(page, 'audience');
  const presenter = await page.context().newPage();
  await main.openWindow(presenter, 'presenter');
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  await clock.pauseAt(new Date('2026-11-30T09:30:00'));
  await presenter.getByTestId('timer-reset').click();
  await expect(presenter.getByTestId('elapsed')).toHaveText('0:00');
  return { audience: page, presenter, main };
}

test('pacing: behind after minutes on one slide, ahead after moving on quickly, in words and colour', async ({ page }) => {
  const { audience, presenter } = await twoWindows(page);
  const clock = page.context().clock;
  const pace = presenter.getByTestId('pace');
  const paceText = presenter.getByTestId('pace-text');
  await audience.getByTestId('topic-opening').click();
  await expect(presenter.getByTestId('presenter-current')).toContainText('Welcome');
  await expect(pace).toHaveAttribute('data-status', 'on-time');
  await expect(paceText).toHaveText('On time');
  await expect(presenter.getByTestId('talk-left')).toHaveText('Talk: 6:00 left of 6:00');

  // Five minutes on the first slide, planned for one: four minutes behind.
  await clock.runFor(5 * MINUTE);
  await expect(pace).toHaveAttribute('data-status', 'behind');
  await expect(paceText).toHaveText('4:00 behind');
  await expect(presenter.getByTestId('talk-left')).toHaveText('Talk: 1:00 left of 6:00');
  await expect(presenter.getByTestId('topic-left')).toHaveText('Topic: 3:00 over 2:00');
  const behindColour = await pace.evaluate(background);

  // A fresh start, straight to the second slide of the border (due at 3:00): ahead.
  await presenter.getByTestId('timer-reset').click();
  await clock.runFor(20_000);
  for (const title of ['Purpose', 'Crossings', 'Seizures']) {
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('presenter-current')).toContainText(title);
  }
  await expect(pace).toHaveAttribute('data-status', 'ahead');
  await expect(paceText).toHaveText('2:40 ahead');
  await expect(presenter.getByTestId('topic-left')).toHaveText('Topic: 3:00 left of 3:00');
  expect(await pace.evaluate(background)).not.toBe(behindColour);

  // The countdown shows what the talk has left; the presenter may read it all in Spanish.
  await presenter.getByTestId('countdown-toggle').click();
  await expect(presenter.getByTestId('timer-label')).toHaveText('Remaining');
  await expect(presenter.getByTestId('elapsed')).toHaveText('5:40');
  await presenter.getByTestId('notes-lang').selectOption('es');
  await expect(paceText).toHaveText('Adelantado 2:40');
  await expect(presenter.getByTestId('timer-label')).toHaveText('Restante');

  // Paused, the pace stands still.
  await presenter.getByTestId('timer-toggle').click();
  await clock.runFor(10 * MINUTE);
  await expect(presenter.getByTestId('elapsed')).toHaveText('5:40');
  await expect(paceText).toContainText('Adelantado 2:40');
  await presenter.getByTestId('timer-toggle').click();

  // Running past the end of the talk.
  await clock.runFor(8 * MINUTE);
  await expect(pace).toHaveAttribute('data-status', 'over');
  await expect(paceText).toHaveText('Tiempo excedido en 2:20');
  await expect(presenter.getByTestId('elapsed')).toHaveText('+2:20');

  // The audience's window shows none of it.
  await expect(audience.getByTestId('slide')).toContainText('Seizures');
  for (const id of ['pace', 'pacing', 'talk-left', 'elapsed']) await expect(audience.getByTestId(id)).toHaveCount(0);
  await expect(audience.locator('body')).not.toContainText('Adelantado');
});

test('a detour to a backup slide paces as the slide it left', async ({ page }) => {
  const { audience, presenter } = await twoWindows(page);
  const clock = page.context().clock;
  await audience.getByTestId('topic-border').click();
  await expect(presenter.getByTestId('presenter-current')).toContainText('Crossings');
  await audience.keyboard.press('g');
  await audience.keyboard.type('Map of the');
  await audience.keyboard.press('Enter');
  await expect(presenter.getByTestId('presenter-current')).toContainText('Map of the crossings');
  await clock.runFor(5 * MINUTE + 30_000);
  // Crossings is due from 2:00 to 3:00: at 5:30 the briefer is 2:30 behind it.
  await expect(presenter.getByTestId('pace-text')).toHaveText('2:30 behind');
});

test('a rehearsal is recorded, shown again, and the next one is compared with it', async ({ page }) => {
  const { presenter, main } = await twoWindows(page);
  const clock = page.context().clock;
  const rehearse = async (stays: number[]) => {
    await presenter.getByTestId('rehearse-start').click();
    await expect(presenter.getByTestId('rehearsing')).toBeVisible();
    await expect(presenter.getByTestId('presenter-current')).toContainText('Welcome');
    for (const [i, ms] of stays.entries()) {
      await clock.runFor(ms);
      if (i < stays.length - 1) {
        const before = await presenter.getByTestId('presenter-current').getByTestId('slide').getAttribute('data-slide-id');
        await presenter.keyboard.press('ArrowRight');
        await expect(presenter.getByTestId('presenter-current').getByTestId('slide')).not.toHaveAttribute('data-slide-id', before!);
      }
    }
    await presenter.getByTestId('rehearse-finish').click();
    await expect(presenter.getByTestId('rehearsal-results')).toBeVisible();
  };

  // Welcome 0:50, Purpose 1:40, Crossings 0:45; the closing never reached.
  await rehearse([50_000, 100_000, 45_000]);
  const results = presenter.getByTestId('rehearsal-results');
  await expect(results.getByTestId('rehearsal-time-opening')).toContainText('2:30');
  await expect(results.getByTestId('rehearsal-time-opening')).toContainText('30 s over plan');
  await expect(results.getByTestId('rehearsal-time-border')).toHaveText('0:45');
  await expect(results.getByTestId('rehearsal-time-closing')).toHaveText('not rehearsed');
  await expect(results.getByTestId('rehearsal-total')).toHaveText('3:15');
  await presenter.getByTestId('rehearsal-close').click();
  await expect(results).toHaveCount(0);

  // Shown again, from what the main side kept — in a presenter window opened afresh.
  await presenter.close();
  const again = await page.context().newPage();
  await main.openWindow(again, 'presenter');
  await again.getByTestId('rehearsal-show').click();
  await expect(again.getByTestId('rehearsal-time-opening')).toContainText('2:30');

  // The next rehearsal, faster on the opening, is compared with this one.
  await again.getByTestId('rehearsal-close').click();
  const next = again;
  const run = async (ms: number) => clock.runFor(ms);
  await next.getByTestId('rehearse-start').click();
  await run(40_000);
  await next.keyboard.press('ArrowRight');
  await expect(next.getByTestId('presenter-current')).toContainText('Purpose');
  await run(60_000);
  await next.getByTestId('rehearse-finish').click();
  await expect(next.getByTestId('rehearsal-change-opening')).toHaveText('0:50 faster');
  await expect(next.getByTestId('rehearsal-time-opening')).toHaveText('1:40');
});

test('a run cut to a slot says what runs over, keeps its slot when saved, and is paced against it', async ({ page }) => {
  const { audience, presenter } = await twoWindows(page);
  const clock = page.context().clock;
  await audience.getByTestId('run-edit').click();
  await expect(audience.getByTestId('run-time-opening')).toHaveText('2 min');
  await expect(audience.getByTestId('run-time-border')).toHaveText('3 min');
  await expect(audience.getByTestId('run-planned')).toHaveText('Planned: 6 min');
  await audience.getByTestId('run-include-closing').uncheck();
  await expect(audience.getByTestId('run-planned')).toHaveText('Planned: 5 min');

  await audience.getByTestId('run-slot').fill('4');
  await audience.getByTestId('run-slot').press('Tab');
  await expect(audience.getByTestId('run-verdict')).toHaveText('⚠1 min over the 4 min slot');
  await expect(audience.getByTestId('run-row-border')).toHaveAttribute('data-fit', 'partly');
  await expect(audience.getByTestId('run-over-border')).toHaveText('⚠1 min over');
  await expect(audience.getByTestId('run-row-opening')).toHaveAttribute('data-fit', 'in');

  await audience.getByTestId('run-slot').fill('10');
  await audience.getByTestId('run-slot').press('Tab');
  await expect(audience.getByTestId('run-verdict')).toHaveText('✓Fits in 10 min, with 5 min to spare');
  await audience.getByTestId('run-slot').fill('4');
  await audience.getByTestId('run-slot').press('Tab');
  await audience.getByTestId('run-name').fill('Short');
  await audience.getByTestId('run-save').click();
  await expect(audience.getByTestId('run-saved')).toHaveText('Short · 4 min');
  const prefs = await audience.evaluate(() => (globalThis as unknown as { puente: { getPrefs(): Promise<unknown> } }).puente.getPrefs());
  expect(prefs).toMatchObject({ runs: [{ name: 'Short', topics: ['opening', 'border'], slot: 240 }] });

  // Presenting the run paces against its four minutes, the plan squeezed to fit them.
  await audience.getByTestId('run-done').click();
  await audience.getByTestId('run-all').click();
  await audience.getByTestId('run-saved').click();
  await presenter.getByTestId('timer-reset').click();
  await expect(presenter.getByTestId('talk-left')).toHaveText('Talk: 4:00 left of 4:00');
  await audience.getByTestId('topic-opening').click();
  await clock.runFor(2 * MINUTE);
  // Welcome is due 0:00–0:48 of the squeezed plan: at 2:00 the briefer is 1:12 behind.
  await expect(presenter.getByTestId('pace-text')).toHaveText('1:12 behind');
  await expect(presenter.getByTestId('topic-left')).toHaveText('Topic: 0:24 over 1:36');

});
