// Issue 13: with a presenter window open, the projector shows the slide alone. Every panel a briefer opens over the
// show — the overview, search, the `?` card, the Export dialog — opens in the presenter window, whichever window the
// key, menu command or button came from, and one already open on the projector when the presenter window comes moves
// there. Without a presenter window, they open where they were asked for, as before.
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMainWithPresenter, type MainSide } from './harness';
import type { ExportRunner } from '../../main/pdf/export-runner';
import { workerExportRunner } from '../../main/pdf/export-runner';
import { appRoot } from '../../main/paths';
import { bundled, mainFlow } from './bundled';

const topic = bundled.topics[1]!;
const slides = mainFlow(topic);

/** Every panel, by the key that opens it and the test id it shows. */
const PANELS = [
  { name: 'overview', key: 'o', id: 'overview' },
  { name: 'search', key: 'g', id: 'search' },
  { name: 'shortcut card', key: '?', id: 'shortcuts' },
  { name: 'Export dialog', key: 'e', id: 'export-dialog' },
] as const;

/** The audience window presenting `topic`, and a main side that opens the presenter window when asked (P). */
async function presenting(page: Page): Promise<{ main: MainSide; presenter: () => Page | undefined; focusRequests: () => number }> {
  const { main, presenter, focusRequests } = await startMainWithPresenter(page.context());
  await main.openWindow(page);
  await page.getByTestId(`topic-${topic.id}`).click();
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', slides[0]!.id);
  return { main, presenter, focusRequests };
}

async function openPresenter(page: Page, presenter: () => Page | undefined): Promise<Page> {
  await page.keyboard.press('p');
  await expect.poll(() => presenter() !== undefined).toBe(true);
  const p = presenter()!;
  await expect(p.getByTestId('presenter')).toBeVisible();
  await expect(page.getByTestId('controls')).toHaveCount(0);
  return p;
}

/** The audience window shows the slide and nothing over it. */
async function projectorShowsSlideAlone(page: Page, slideId: string): Promise<void> {
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', slideId);
  for (const { id } of PANELS) await expect(page.getByTestId(id)).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toHaveCount(0);
}

const closePanel = async (p: Page, id: string) => {
  await p.keyboard.press('Escape');
  await expect(p.getByTestId(id)).toHaveCount(0);
};

test('without a presenter window, each panel opens in the window it was asked for', async ({ page }) => {
  await presenting(page);
  for (const { key, id } of PANELS) {
    await page.keyboard.press(key);
    await expect(page.getByTestId(id)).toBeVisible();
    await closePanel(page, id);
  }
});

test('with a presenter window open, each panel asked for on the projector opens in the presenter window', async ({ page }, info) => {
  const { presenter, focusRequests } = await presenting(page);
  const p = await openPresenter(page, presenter);
  for (const [i, { key, id, name }] of PANELS.entries()) {
    await page.keyboard.press(key);
    await expect(p.getByTestId(id), name).toBeVisible();
    // The presenter window asks the main side to bring it forward, so the keys typed next reach the panel.
    await expect.poll(focusRequests, name).toBe(i + 1);
    await projectorShowsSlideAlone(page, slides[0]!.id);
    await p.screenshot({ path: info.outputPath(`presenter-${id}.png`) });
    await closePanel(p, id);
  }
  await page.screenshot({ path: info.outputPath('projector.png') });
});

test('the menu commands for the panels open them in the presenter window too', async ({ page }) => {
  const { main, presenter } = await presenting(page);
  const p = await openPresenter(page, presenter);
  const audience = main.windows[0]!;
  expect(audience).toBe(page);
  for (const [command, id] of [['overview', 'overview'], ['search', 'search'], ['help', 'shortcuts'], ['export-pdf', 'export-dialog']] as const) {
    await page.evaluate((c) => (globalThis as unknown as { __puenteEmit(ch: string, p: unknown): void }).__puenteEmit('menu:command', c), command);
    await expect(p.getByTestId(id), command).toBeVisible();
    await projectorShowsSlideAlone(page, slides[0]!.id);
    await closePanel(p, id);
  }
});

test('a jump from the overview handed to the presenter window moves the projector, which never shows the grid', async ({ page }) => {
  const { presenter } = await presenting(page);
  const p = await openPresenter(page, presenter);
  await page.keyboard.press('o');
  const target = slides[2]!;
  await p.locator(`[data-testid="overview-slide"][data-topic="1"][data-slide="${topic.slides.indexOf(target)}"]`).click();
  await expect(p.getByTestId('overview')).toHaveCount(0);
  await projectorShowsSlideAlone(page, target.id);
  // Search, asked for on the projector, jumps from the presenter window as well.
  await page.keyboard.press('g');
  await p.getByTestId('search-input').fill(String(1));
  await p.getByTestId('search-result').first().click();
  await projectorShowsSlideAlone(page, mainFlow(bundled.topics[0]!)[0]!.id);
});

test('a panel open on the projector when the presenter window comes moves to the presenter window', async ({ page }) => {
  const { presenter } = await presenting(page);
  await page.keyboard.press('o');
  await expect(page.getByTestId('overview')).toBeVisible();
  // P is a show key the open overview keeps; the menu's Presenter View command is not.
  await page.evaluate(() => (globalThis as unknown as { __puenteEmit(ch: string, p: unknown): void }).__puenteEmit('menu:command', 'presenter'));
  await expect.poll(() => presenter() !== undefined).toBe(true);
  const p = presenter()!;
  await expect(p.getByTestId('overview')).toBeVisible();
  await projectorShowsSlideAlone(page, slides[0]!.id);
});

test('with a presenter window open, the projected agenda shows the briefing and its topics, without the app\'s controls', async ({ page }, info) => {
  const { presenter } = await presenting(page);
  await page.keyboard.press('a');
  await expect(page.getByTestId('agenda')).toBeVisible();
  for (const id of ['agenda-tools', 'agenda-runs', 'agenda-keys']) await expect(page.getByTestId(id), id).toBeVisible();
  const p = await openPresenter(page, presenter);
  await expect(p.getByTestId('presenter')).toBeVisible();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(page.getByTestId('briefing-title')).toBeVisible();
  await expect(page.getByTestId(`topic-${topic.id}`)).toBeVisible();
  for (const id of ['agenda-tools', 'agenda-runs', 'agenda-keys', 'export-button', 'presenter-button', 'recent-pack']) {
    await expect(page.getByTestId(id), id).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /Open briefing/ })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('projected-agenda.png') });
});

test('with a presenter window open and the agenda up, today\'s run is chosen and tailored in the presenter window', async ({ page }, info) => {
  const { presenter } = await presenting(page);
  const p = await openPresenter(page, presenter);
  await p.getByTestId('presenter-controls').getByRole('button', { name: /Agenda/ }).click();
  await expect(page.getByTestId('agenda')).toBeVisible();
  const card = p.getByTestId('presenter-agenda-card');
  await expect(card.getByTestId('agenda-runs')).toBeVisible();
  await expect(page.getByTestId('agenda-runs')).toHaveCount(0);
  const topics = page.locator('[data-testid^=topic-]:not([data-testid=topic-count])');
  await expect(topics).toHaveCount(bundled.topics.length);

  // Tailor a run of one topic there; the projected agenda follows it.
  await card.getByTestId('run-edit').click();
  const editor = p.getByTestId('presenter-run-editor');
  for (const t of bundled.topics) if (t.id !== topic.id) await editor.getByTestId(`run-include-${t.id}`).uncheck();
  await p.screenshot({ path: info.outputPath('presenter-run-editor.png') });
  // The audience moving on (a clicker on the projector) does not take the editor, or its edits, away.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toBeVisible();
  await expect(editor.getByTestId(`run-include-${bundled.topics[0]!.id}`)).not.toBeChecked();
  await editor.getByTestId('run-done').click();
  await expect(editor).toHaveCount(0);
  await page.keyboard.press('a');
  await expect(topics).toHaveCount(1);
  await expect(topics.first()).toHaveAttribute('data-testid', `topic-${topic.id}`);
  await p.screenshot({ path: info.outputPath('presenter-run.png') });

  await card.getByTestId('run-all').click();
  await expect(topics).toHaveCount(bundled.topics.length);
  await projectorHasNoControls(page);
});

async function projectorHasNoControls(page: Page): Promise<void> {
  for (const id of ['agenda-tools', 'agenda-runs', 'run-edit']) await expect(page.getByTestId(id), id).toHaveCount(0);
}

/** A promise the test settles when it says so: the main side answers on the test's signal, not after a fixed time. */
function signal(): { wait: Promise<void>; go: () => void } {
  let go!: () => void;
  const wait = new Promise<void>((resolve) => (go = resolve));
  return { wait, go };
}

test('a panel handed to a presenter window still waiting for its briefing opens there once the briefing comes', async ({ page }) => {
  const briefingCame = signal();
  const { main, presenter } = await startMainWithPresenter(page.context(), undefined, {}, (channel) => (channel === 'briefing:get' ? briefingCame.wait : Promise.resolve()));
  await main.openWindow(page);
  await page.getByTestId(`topic-${topic.id}`).click();
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-id', slides[0]!.id);
  await page.keyboard.press('p');
  await expect.poll(() => presenter() !== undefined).toBe(true);
  await expect(page.getByTestId('controls')).toHaveCount(0); // the projector knows the presenter window is open
  await page.keyboard.press('o');
  await projectorShowsSlideAlone(page, slides[0]!.id);
  const p = presenter()!;
  await expect(p.getByTestId('overview')).toHaveCount(0);
  briefingCame.go();
  await expect(p.getByTestId('overview')).toBeVisible();
});

test('an export running when the presenter window opens goes on where it was started, and ends there', async ({ page }) => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-handover-')), 'brief.pdf');
  const proceed = signal();
  const worker = workerExportRunner(join(appRoot(), 'out', 'main', 'export-worker.cjs'));
  // The export waits for the test's signal before it runs, so it is still running when the presenter window comes.
  const runExport: ExportRunner = { plan: (job) => worker.plan(job), export: async (job, control) => (await proceed.wait, worker.export(job, control)) };
  const { main, presenter } = await startMainWithPresenter(page.context(), undefined, { runExport, chooseExportPath: async () => out });
  await main.openWindow(page);
  await page.getByTestId(`topic-${topic.id}`).click();
  await page.keyboard.press('e');
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-dialog')).toHaveAttribute('data-phase', 'exporting');
  await page.evaluate(() => (globalThis as unknown as { __puenteEmit(ch: string, p: unknown): void }).__puenteEmit('menu:command', 'presenter'));
  await expect.poll(() => presenter() !== undefined).toBe(true);
  await expect(presenter()!.getByTestId('presenter')).toBeVisible();
  await expect(page.getByTestId('export-dialog')).toHaveAttribute('data-phase', 'exporting');
  proceed.go();
  await expect(page.getByTestId('export-path')).toHaveText(out);
  await expect(presenter()!.getByTestId('export-dialog')).toHaveCount(0);
  // Closed, it is the projector's no longer: the next Export asked for there opens in the presenter window.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  await page.keyboard.press('e');
  await expect(presenter()!.getByTestId('export-dialog')).toBeVisible();
  await projectorShowsSlideAlone(page, slides[0]!.id);
});
