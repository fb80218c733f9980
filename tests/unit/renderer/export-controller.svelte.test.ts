// The Export dialog's controller, driven through a stand-in for window.puente: the live page count as choices change,
// the export's phases with progress and cancel, what a failure or a refusal shows, and a dialog closed mid-export.
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Briefing } from '../../../main/model/schema';
import type { ExportOptionsInput } from '../../../main/model/export-options';
import type { ExportPlan, ExportProgress, ExportResult, RevealResult } from '../../../main/model/contract';
import { initialChoice } from '../../../renderer/export/export-choices';
import { ExportController, type ExportApi, type RememberedChoice } from '../../../renderer/export/export-controller.svelte';

const bullets = (id: string, backup = false) => ({ id, layout: 'bullets', title: id, bullets: ['x'], backup });
const pack = Briefing.parse({
  puente: 1,
  meta: { title: 'T', organization: 'O', languages: ['en', 'es'] },
  topics: [
    { id: 'a', title: 'A', slides: [bullets('a1'), bullets('a2', true)] },
    { id: 'b', title: 'B', slides: [bullets('b1')] },
  ],
});

interface Pending<Req, Res> {
  request: Req;
  answer(response: Res): void;
  fail(err: Error): void;
}

/** A main side that answers only when the test says so, and remembers every call. */
function fakeMainSide() {
  const plans: Pending<ExportOptionsInput, ExportPlan>[] = [];
  const exports: Pending<ExportOptionsInput & { id?: string }, ExportResult>[] = [];
  const cancelled: string[] = [];
  const listeners = new Set<(p: ExportProgress) => void>();
  let reveal: RevealResult = { status: 'done' };
  const pending = <Req, Res>(list: Pending<Req, Res>[], request: Req) =>
    new Promise<Res>((answer, fail) => list.push({ request, answer, fail }));
  const api: ExportApi = {
    planExport: (request) => pending(plans, request),
    exportPdf: (request) => pending(exports, request),
    cancelExport: async ({ id }) => {
      cancelled.push(id);
      return { cancelled: true };
    },
    revealExport: async () => reveal,
    onExportProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    api,
    plans,
    exports,
    cancelled,
    listeners,
    progress: (p: ExportProgress) => listeners.forEach((l) => l(p)),
    refuseReveal: (message: string) => (reveal = { status: 'failed', message }),
  };
}

function setUp() {
  const main = fakeMainSide();
  const remembered: RememberedChoice[] = [];
  const show = { run: null, lang: 'en' as const, bilingual: false };
  const controller = new ExportController(main.api, initialChoice(pack, show), {
    pack: () => pack,
    lang: () => 'en',
    remember: (c) => remembered.push(c),
    planDelayMs: 0,
  });
  const stop = controller.watchPlan();
  flushSync();
  return { main, controller, remembered, stop };
}

/** Lets pending promise callbacks run, then Svelte's effects. */
async function settle(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
  flushSync();
}

describe('the live page count', () => {
  it('asks the planner for the choices and shows its count', async () => {
    const { main, controller } = setUp();
    expect(controller.plan).toEqual({ kind: 'counting', last: null });
    await vi.waitFor(() => expect(main.plans).toHaveLength(1));
    expect(main.plans[0]?.request).toMatchObject({ layout: 'slides', lang: 'en', backup: 'exclude' });
    main.plans[0]?.answer({ status: 'planned', pages: 3 });
    await settle();
    expect(controller.plan).toEqual({ kind: 'pages', n: 3 });
    expect(controller.pages).toBe(3);
    expect(controller.countText(3)).toMatch(/3/);
  });

  it('asks again when a choice changes, keeping the last count while it counts', async () => {
    const { main, controller } = setUp();
    await vi.waitFor(() => expect(main.plans).toHaveLength(1));
    main.plans[0]?.answer({ status: 'planned', pages: 3 });
    await settle();
    controller.choice.layout = 'handout-3';
    flushSync();
    expect(controller.plan).toEqual({ kind: 'counting', last: 3 });
    expect(controller.pages).toBe(3);
    await vi.waitFor(() => expect(main.plans).toHaveLength(2));
    expect(main.plans[1]?.request.layout).toBe('handout-3');
  });

  it('drops a late answer for choices that have since changed', async () => {
    const { main, controller } = setUp();
    await vi.waitFor(() => expect(main.plans).toHaveLength(1));
    controller.choice.backup = 'include';
    flushSync();
    await vi.waitFor(() => expect(main.plans).toHaveLength(2));
    main.plans[1]?.answer({ status: 'planned', pages: 5 });
    await settle();
    main.plans[0]?.answer({ status: 'planned', pages: 2 });
    await settle();
    expect(controller.plan).toEqual({ kind: 'pages', n: 5 });
  });

  it('says to choose a topic, without asking, when none is chosen', async () => {
    const { main, controller } = setUp();
    await vi.waitFor(() => expect(main.plans).toHaveLength(1));
    controller.choice.topics = [];
    flushSync();
    expect(controller.plan).toEqual({ kind: 'problem', message: 'Choose at least one topic.' });
    expect(main.plans).toHaveLength(1);
  });

  it("shows the planner's refusal, and an export cannot start then", async () => {
    const { main, controller } = setUp();
    await vi.waitFor(() => expect(main.plans).toHaveLength(1));
    main.plans[0]?.answer({ status: 'failed', message: 'The open briefing has errors' });
    await settle();
    expect(controller.plan).toEqual({ kind: 'problem', message: 'The open briefing has errors' });
    await controller.start();
    expect(main.exports).toHaveLength(0);
    expect(controller.phase.kind).toBe('choose');
  });

  it('stops asking once the dialog stops watching', async () => {
    const { main, controller, stop } = setUp();
    await vi.waitFor(() => expect(main.plans).toHaveLength(1));
    stop();
    controller.choice.layout = 'notes';
    flushSync();
    await settle();
    expect(main.plans).toHaveLength(1);
  });
});

describe('an export', () => {
  async function started() {
    const s = setUp();
    await vi.waitFor(() => expect(s.main.plans).toHaveLength(1));
    s.main.plans[0]?.answer({ status: 'planned', pages: 4 });
    await settle();
    const done = s.controller.start();
    return { ...s, done };
  }

  it('runs with the choices, remembers them, and follows its progress to the file written', async () => {
    const { main, controller, remembered, done } = await started();
    expect(controller.phase).toMatchObject({ kind: 'exporting', done: 0, total: 4, started: false });
    expect(remembered).toEqual([{ format: 'pdf', layout: 'slides', backup: 'exclude', notes: false, paper: 'letter' }]);
    const id = main.exports[0]?.request.id ?? '';
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    main.progress({ id: 'another', done: 3, total: 9 });
    main.progress({ id, done: 2, total: 4 });
    expect(controller.phase).toMatchObject({ kind: 'exporting', done: 2, total: 4, started: true });
    expect(controller.percent).toBe(50);
    main.exports[0]?.answer({
      status: 'exported',
      id,
      path: '/tmp/out.pdf',
      pages: 4,
      warnings: [{ severity: 'warning', file: 'briefing.yaml', line: 3, col: 5, path: 'topics[0]', message: 'cut' }],
    });
    await done;
    expect(controller.phase).toEqual({ kind: 'done', path: '/tmp/out.pdf', pages: 4, warnings: ['briefing.yaml:3:5 topics[0]: warning: cut'] });
    expect(main.listeners.size).toBe(0);
  });

  it('cancels once, says no file was written when pages had been drawn, and returns to the choices', async () => {
    const { main, controller, done } = await started();
    const id = main.exports[0]?.request.id ?? '';
    main.progress({ id, done: 1, total: 4 });
    controller.cancel();
    controller.cancel();
    expect(controller.phase).toMatchObject({ kind: 'exporting', cancelling: true });
    expect(main.cancelled).toEqual([id]);
    main.exports[0]?.answer({ status: 'cancelled', id });
    await done;
    expect(controller.phase).toEqual({ kind: 'choose', note: 'Export cancelled; no file was written.' });
  });

  it('returns to the choices without a word when cancelled before a page was drawn (the save dialog)', async () => {
    const { main, controller, done } = await started();
    main.exports[0]?.answer({ status: 'cancelled', id: main.exports[0].request.id ?? '' });
    await done;
    expect(controller.phase).toEqual({ kind: 'choose', note: undefined });
  });

  it('shows why an export failed, whether the main side says so or the call throws', async () => {
    const first = await started();
    first.main.exports[0]?.answer({ status: 'failed', id: 'x', message: 'Disk full' });
    await first.done;
    expect(first.controller.phase).toEqual({ kind: 'failed', message: 'Disk full' });
    const second = await started();
    second.main.exports[0]?.fail(new Error('IPC gone'));
    await second.done;
    expect(second.controller.phase).toEqual({ kind: 'failed', message: 'IPC gone' });
    second.controller.chooseAgain();
    expect(second.controller.phase).toEqual({ kind: 'choose' });
  });

  it('cancels an export still running when the dialog goes away', async () => {
    const { main, controller } = await started();
    controller.dispose();
    expect(main.cancelled).toEqual([main.exports[0]?.request.id]);
    expect(main.listeners.size).toBe(0);
  });

  it('shows a refusal to open the file on the done screen', async () => {
    const { main, controller, done } = await started();
    main.exports[0]?.answer({ status: 'exported', id: 'x', path: '/tmp/out.pdf', pages: 4, warnings: [] });
    await done;
    main.refuseReveal('Cannot open /tmp/out.pdf');
    await controller.reveal('open');
    expect(controller.phase).toMatchObject({ kind: 'done', problem: 'Cannot open /tmp/out.pdf' });
  });
});
