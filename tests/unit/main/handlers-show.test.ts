// The handlers behind the presenter view and the authoring loop: the show is kept and broadcast, runs and recent packs
// are remembered, and a watched pack that changes on disk is sent to every window.
import { expect, test, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../../main/handlers';
import { BriefingSession } from '../../../main/briefing/session';
import { SettingsStore } from '../../../main/settings/store';
import { initialShow, type ShowUpdate } from '../../../main/model/show';
import type { BriefingChange, LoadResult, Prefs } from '../../../main/model/contract';

const APP = 'app://puente/index.html';
const root = resolve(__dirname, '../../..');

function copyMinimal(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'puente-hs-')), 'minimal');
  cpSync(join(root, 'tests/fixtures/packs/minimal'), dir, { recursive: true });
  return dir;
}

async function setup() {
  const sent: [string, unknown][] = [];
  let fileChanged: (() => void) | undefined;
  const settings = await SettingsStore.open(null);
  const session = new BriefingSession({ watch: (_path, onChange) => ((fileChanged = onChange), { close: () => undefined }) });
  const h = createHandlers(
    { chooseBriefingPath: async () => null, chooseExportPath: async () => null, broadcast: (c, p) => sent.push([c, p]), settings },
    session,
  );
  const events = <T>(channel: string) => sent.filter(([c]) => c === channel).map(([, p]) => p as T);
  /** Waits for the `n`th message on `channel` (the reload after a change on disk is asynchronous) and returns it. */
  const nth = async <T>(channel: string, n: number): Promise<T> => {
    await vi.waitFor(() => expect(events(channel).length).toBeGreaterThanOrEqual(n), { timeout: 30_000, interval: 5 });
    return events<T>(channel)[n - 1]!;
  };
  return { h, settings, events, nth, change: () => fileChanged?.() };
}

test('a show set by one window is kept, revised and sent to every window', async () => {
  const { h, events } = await setup();
  const start = (await h['show:get'](APP, undefined)) as ShowUpdate;
  const moved = (await h['show:set'](APP, { ...start.state, view: 'slide', place: { topic: 1, slide: 0 } })) as ShowUpdate;
  expect(moved.rev).toBeGreaterThan(start.rev);
  expect(events<ShowUpdate>('show:changed').at(-1)).toEqual(moved);
  expect(((await h['show:get'](APP, undefined)) as ShowUpdate).state.place).toEqual({ topic: 1, slide: 0 });
  await expect(h['show:set'](APP, { ...start.state, blank: 'grey' })).rejects.toThrow(/invalid request/);
  await expect(h['show:set']('https://evil.example/', start.state)).rejects.toThrow(/not Puente's own window/);
});

test('opening a pack tells every window, remembers it as recent, and starts its show at its agenda', async () => {
  const { h, events, nth } = await setup();
  const pack = copyMinimal();
  await h['show:set'](APP, { ...initialShow(null), view: 'slide', place: { topic: 3, slide: 1 } });
  const r = (await h['briefing:open'](APP, { path: pack })) as LoadResult;
  expect(r.status).toBe('loaded');
  expect((await nth<BriefingChange>('briefing:changed', 1)).reason).toBe('opened');
  expect(events<BriefingChange>('briefing:changed').map((c) => c.reason)).toEqual(['opened']);
  expect(events<ShowUpdate>('show:changed').at(-1)!.state).toMatchObject({ view: 'agenda', place: { topic: 0, slide: 0 } });
  const prefs = (await h['prefs:get'](APP, undefined)) as Prefs;
  expect(prefs.recent).toEqual([{ path: join(pack, 'briefing.yaml'), name: 'minimal' }]);
});

test('runs are saved per pack by name and deleted', async () => {
  const { h } = await setup();
  let prefs = (await h['runs:save'](APP, { name: ' Ten minutes ', topics: ['border', 'closing'] })) as Prefs;
  expect(prefs.runs).toEqual([{ name: 'Ten minutes', topics: ['border', 'closing'] }]);
  await expect(h['runs:save'](APP, { name: '', topics: ['x'] })).rejects.toThrow(/invalid request/);
  prefs = (await h['runs:delete'](APP, { name: 'Ten minutes' })) as Prefs;
  expect(prefs.runs).toEqual([]);
});

test('an edit on disk reloads the pack for every window, keeping the place; a broken edit keeps the last good pack', async () => {
  const { h, nth, change } = await setup();
  const pack = copyMinimal();
  await h['briefing:open'](APP, { path: pack });
  await nth<BriefingChange>('briefing:changed', 1);
  const show = (await h['show:get'](APP, undefined)) as ShowUpdate;
  await h['show:set'](APP, { ...show.state, view: 'slide', place: { topic: 0, slide: 1 } });
  const yaml = join(pack, 'briefing.yaml');
  const good = readFileSync(yaml, 'utf8');

  writeFileSync(yaml, good.replace('{ en: Figures, es: Cifras }', '{ en: New figures, es: Nuevas cifras }'));
  change();
  const reloaded = await nth<BriefingChange>('briefing:changed', 2);
  expect(reloaded.reason).toBe('reloaded');
  expect(reloaded.result.status).toBe('loaded');
  expect(((await h['show:get'](APP, undefined)) as ShowUpdate).state.place).toEqual({ topic: 0, slide: 1 });

  writeFileSync(yaml, good.replace('layout: stats', 'layout: stat'));
  change();
  const broken = await nth<BriefingChange>('briefing:changed', 3);
  expect(broken.result.status).toBe('invalid');
  const current = (await h['briefing:get'](APP, undefined)) as LoadResult;
  expect(current.status === 'loaded' && JSON.stringify(current.briefing)).toContain('New figures');
});

test('without a shell that can open windows, the presenter view fails with a message', async () => {
  const h = createHandlers({ chooseBriefingPath: async () => null, chooseExportPath: async () => null });
  expect(await h['window:presenter'](APP, undefined)).toEqual({ status: 'failed', message: expect.stringContaining('presenter') });
});
