// Screenshots of planned times (`npm run screenshots`): the presenter view behind and ahead of the plan, and the
// "Choose topics" editor with a time slot the run does not fit. Time is a fake clock, so the numbers are always these.
import { expect, test } from '@playwright/test';
import { repoPath, startMain } from '../e2e/harness';
import { BriefingSession } from '../../main/briefing/session';

const shot = (name: string) => ({ path: repoPath(`docs/screenshots/${name}.png`) });

test('planned times screenshots', async ({ page }) => {
  const clock = page.context().clock;
  await clock.install({ time: new Date('2026-11-30T14:00:00') });
  const main = await startMain(page.context(), {}, new BriefingSession({ initialPack: repoPath('assets/briefings/ca-mx-spp/briefing.yaml') }));
  await main.openWindow(page);
  const presenter = await page.context().newPage();
  await main.openWindow(presenter, 'presenter');
  await page.getByTestId('agenda').waitFor();
  await clock.pauseAt(new Date('2026-11-30T14:30:00'));

  // The run editor: three topics in a ten-minute slot.
  await page.getByTestId('run-edit').click();
  await page.getByTestId('run-include-closing').uncheck();
  await page.getByTestId('run-slot').fill('10');
  await page.getByTestId('run-slot').press('Tab');
  await expect(page.getByTestId('run-verdict')).toBeVisible();
  await page.locator('section.topics').screenshot(shot('run-slot'));
  await page.getByTestId('run-slot').fill('');
  await page.getByTestId('run-include-closing').check();
  await page.getByTestId('run-done').click();

  // Behind: nine minutes in, still on the border topic's first slide (planned to start near six).
  await presenter.getByTestId('timer-reset').click();
  await page.getByTestId('topic-border').click();
  await clock.runFor(9 * 60_000);
  await expect(presenter.getByTestId('pace')).toHaveAttribute('data-status', 'behind');
  await presenter.screenshot(shot('presenter-behind'));

  // Ahead: a fresh start, moved on quickly.
  await presenter.getByTestId('timer-reset').click();
  await clock.runFor(75_000);
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('pace')).toHaveAttribute('data-status', 'ahead');
  await presenter.getByTestId('countdown-toggle').click();
  await expect(presenter.getByTestId('timer-label')).toHaveText('Remaining');
  await presenter.screenshot(shot('presenter-ahead'));
});
