// The export calls the Export dialog makes (plan, export with progress, cancel, open or show the file), through the
// real handlers with a stand-in export runner, so timing and cancellation are under the test's control.
import { describe, expect, test, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../../main/handlers';
import { ExportCancelled } from '../../../main/pdf/export';
import type { ExportRunner } from '../../../main/pdf/export-runner';
import type { ExportPlan, ExportResult, RevealResult } from '../../../main/model/contract';

const APP = 'app://puente/index.html';

/** A runner that reports two pages of progress, then waits until the test lets it finish or the signal aborts. */
function controlledRunner() {
  let release: () => void = () => undefined;
  const seen: { signal?: AbortSignal } = {};
  const runner: ExportRunner = {
    export: (job, control) =>
      new Promise((resolve, reject) => {
        seen.signal = control.signal;
        control.onProgress?.(1, 3);
        control.onProgress?.(3, 3);
        control.signal?.addEventListener('abort', () => reject(new ExportCancelled(job.outPath)));
        release = () => resolve({ path: job.outPath, pages: 3, cuts: [] });
      }),
    plan: async (job) => ({ pages: (job.options.topics?.length ?? 9) * 2 }),
  };
  return { runner, seen, finish: () => release() };
}

function setup(extra: Partial<HandlerDeps> = {}) {
  const events: [string, unknown][] = [];
  const openPath = vi.fn(async (_path: string) => '');
  const showItemInFolder = vi.fn((_path: string) => undefined);
  const h = createHandlers({
    chooseBriefingPath: async () => null,
    chooseExportPath: async () => '/tmp/chosen.pdf',
    broadcast: (channel, payload) => events.push([channel, payload]),
    openPath,
    showItemInFolder,
    ...extra,
  });
  return { h, events, openPath, showItemInFolder };
}

describe('revealExport', () => {
  test('refuses a path this app did not export, and opens nothing', async () => {
    const { h, openPath, showItemInFolder } = setup({ runExport: controlledRunner().runner });
    for (const action of ['open', 'folder'] as const) {
      const r = (await h['export:reveal'](APP, { action, path: '/etc/passwd' })) as RevealResult;
      expect(r).toEqual({ status: 'failed', message: expect.stringContaining('not a PDF Puente exported') });
    }
    expect(openPath).not.toHaveBeenCalled();
    expect(showItemInFolder).not.toHaveBeenCalled();
  });

  test('opens the exported PDF, or shows it in its folder, through the injected shell functions', async () => {
    const c = controlledRunner();
    const { h, openPath, showItemInFolder } = setup({ runExport: c.runner });
    const pending = h['export:pdf'](APP, { lang: 'en', id: 'one' });
    await vi.waitFor(() => expect(c.seen.signal).toBeDefined());
    c.finish();
    expect(await pending).toEqual({ status: 'exported', id: 'one', path: '/tmp/chosen.pdf', pages: 3, warnings: [] });
    expect(await h['export:reveal'](APP, { action: 'open', path: '/tmp/chosen.pdf' })).toEqual({ status: 'done' });
    expect(await h['export:reveal'](APP, { action: 'folder', path: '/tmp/chosen.pdf' })).toEqual({ status: 'done' });
    expect(openPath).toHaveBeenCalledWith('/tmp/chosen.pdf');
    expect(showItemInFolder).toHaveBeenCalledWith('/tmp/chosen.pdf');
    // A sibling of the exported file is still refused: the rule is the exact path.
    const sibling = (await h['export:reveal'](APP, { action: 'open', path: '/tmp/chosen.pdf.exe' })) as RevealResult;
    expect(sibling.status).toBe('failed');
  });

  test('reports the reason when the system cannot open the file', async () => {
    const c = controlledRunner();
    const { h } = setup({ runExport: c.runner, openPath: async () => 'No application knows how to open PDF files' });
    const pending = h['export:pdf'](APP, { lang: 'en', id: 'x' });
    await vi.waitFor(() => expect(c.seen.signal).toBeDefined());
    c.finish();
    await pending;
    const r = (await h['export:reveal'](APP, { action: 'open', path: '/tmp/chosen.pdf' })) as RevealResult;
    expect(r).toEqual({ status: 'failed', message: 'Cannot open /tmp/chosen.pdf: No application knows how to open PDF files' });
  });

  test('a request with an unknown action is refused by the contract', async () => {
    const { h } = setup();
    await expect(h['export:reveal'](APP, { action: 'run', path: '/tmp/chosen.pdf' })).rejects.toThrow(/invalid request/);
  });
});

describe('exportPdf with an id', () => {
  test('sends progress events named by the export id, the last one always', async () => {
    const c = controlledRunner();
    const { h, events } = setup({ runExport: c.runner });
    const pending = h['export:pdf'](APP, { lang: 'en', id: 'abc' });
    await vi.waitFor(() => expect(c.seen.signal).toBeDefined());
    c.finish();
    await pending;
    const progress = events.filter(([channel]) => channel === 'export:progress').map(([, p]) => p);
    expect(progress[0]).toEqual({ id: 'abc', done: 1, total: 3 });
    expect(progress.at(-1)).toEqual({ id: 'abc', done: 3, total: 3 });
  });

  test('picks an id when the caller gives none', async () => {
    const c = controlledRunner();
    const { h } = setup({ runExport: c.runner });
    const pending = h['export:pdf'](APP, { lang: 'en' });
    await vi.waitFor(() => expect(c.seen.signal).toBeDefined());
    c.finish();
    const r = (await pending) as ExportResult;
    expect(r.id).toMatch(/^[0-9a-f]{16}$/);
  });

  test('cancelExport aborts that export, which then reports cancelled and is not openable', async () => {
    const c = controlledRunner();
    const { h } = setup({ runExport: c.runner });
    const pending = h['export:pdf'](APP, { lang: 'en', id: 'big' });
    await vi.waitFor(() => expect(c.seen.signal).toBeDefined());
    expect(await h['export:cancel'](APP, { id: 'big' })).toEqual({ cancelled: true });
    expect(c.seen.signal?.aborted).toBe(true);
    expect(await pending).toEqual({ status: 'cancelled', id: 'big' });
    expect(await h['export:cancel'](APP, { id: 'big' })).toEqual({ cancelled: false });
    expect(((await h['export:reveal'](APP, { action: 'open', path: '/tmp/chosen.pdf' })) as RevealResult).status).toBe('failed');
  });

  test('an id that is not a plain token is refused by the contract', async () => {
    const { h } = setup();
    await expect(h['export:cancel'](APP, { id: '../x' })).rejects.toThrow(/invalid request/);
    await expect(h['export:pdf'](APP, { lang: 'en', id: 'a b' })).rejects.toThrow(/invalid request/);
  });
});

describe('planExport', () => {
  test('answers the page count the runner plans for these options', async () => {
    const { h } = setup({ runExport: controlledRunner().runner });
    const r = (await h['export:plan'](APP, { lang: 'en', topics: ['a', 'b'] })) as ExportPlan;
    expect(r).toEqual({ status: 'planned', pages: 4 });
  });

  test('a plan that cannot be made comes back as a message, not a throw', async () => {
    const runner: ExportRunner = { ...controlledRunner().runner, plan: async () => Promise.reject(new Error('no topic "x"')) };
    const { h } = setup({ runExport: runner });
    expect(await h['export:plan'](APP, { lang: 'en', topics: ['x'] })).toEqual({ status: 'failed', message: 'no topic "x"' });
  });

  test('the real planner counts the bundled briefing', async () => {
    const { h } = setup();
    const all = (await h['export:plan'](APP, { lang: 'en' })) as ExportPlan;
    expect(all).toMatchObject({ status: 'planned' });
    const fewer = (await h['export:plan'](APP, { lang: 'en', topics: ['border'] })) as ExportPlan;
    if (all.status === 'planned' && fewer.status === 'planned') expect(fewer.pages).toBeLessThan(all.pages);
  });
});
