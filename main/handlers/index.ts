// One function per IPC channel. The Electron shell registers exactly these; the tests call the same ones.
import { readFile } from 'node:fs/promises';
import { imageMimeOf, resolvePackImage } from '../briefing/check-images';
import type { ZodType } from 'zod';
import {
  CALLS,
  EVENTS,
  type CallChannel,
  type CallName,
  type EventName,
  type LoadResult,
  type ParsedRequestOf,
  type PayloadOf,
  type Prefs,
  type ResponseOf,
} from '../model/contract';
import { exportCalls } from './export';
import type { ExportRunner } from '../pdf/export-runner';
import { ShowHub } from '../show/hub';
import { SettingsStore } from '../settings/store';
import { BriefingSession } from '../briefing/session';
import type { Briefing } from '../model/schema';
import { isAppFrame, APP_ORIGIN } from '../security/sender';
import { geometryOf, warmGeometry } from './geometry';

/** What only the shell can do (dialogs, windows, sending to windows); tests pass their own. */
export interface HandlerDeps {
  chooseBriefingPath(): Promise<string | null>;
  chooseExportPath(suggestedName: string): Promise<string | null>;
  origin?: string;
  /** Sends a main → renderer event to every window of the app. */
  broadcast?(channel: (typeof EVENTS)[EventName]['channel'], payload: unknown): void;
  /** Opens the presenter window, or brings it forward. */
  openPresenterWindow?(): Promise<void>;
  /** Where recent packs, positions and saved runs are kept; memory only when absent. */
  settings?: SettingsStore;
  /** Where exports run; in this thread when absent (unit tests), a worker thread in the app and e2e. */
  runExport?: ExportRunner;
  /** Opens a file with its default app (Electron's shell.openPath); only ever a PDF this app exported. */
  openPath?(path: string): Promise<string>;
  /** Shows a file in its folder (Electron's shell.showItemInFolder); only ever a PDF this app exported. */
  showItemInFolder?(path: string): void;
}

export type Handler = (frameUrl: string | undefined, request: unknown) => Promise<unknown>;

export function createHandlers(deps: HandlerDeps, session = new BriefingSession()): Record<CallChannel, Handler> {
  const settingsReady = deps.settings ? Promise.resolve(deps.settings) : SettingsStore.open(null);
  const send = <E extends EventName>(event: E, payload: PayloadOf<E>) => deps.broadcast?.(EVENTS[event].channel, payload);

  let showPack: string | null = null; // the pack whose place the hub is tracking, for remembering it
  const hub = new ShowHub((update) => {
    send('onShowChanged', update);
    if (showPack) void settingsReady.then((s) => s.rememberShow(showPack!, update.state));
  });

  // The first pack: start the show where the presenter left it last time.
  const started = (async () => {
    const [first, settings] = await Promise.all([session.get(), settingsReady]);
    if (first.status === 'loaded') {
      showPack = first.source.path;
      hub.reset(first.briefing, settings.show(first.source.path));
    }
  })();

  // The measurer is warmed on the slide the window will open on once the window has its pack: earlier, at launch,
  // the warm-up (a few hundred ms of this thread) would hold up serving the window's own page, scripts and fonts.
  // Once per pack as loaded; in a task of its own, after the answer has gone.
  const warmed = new WeakSet<Briefing>();
  const warmFor = (result: LoadResult) => {
    if (result.status !== 'loaded' || warmed.has(result.briefing)) return;
    warmed.add(result.briefing);
    void started.then(() => setImmediate(() => warmGeometry(result.briefing, hub.current().state)));
  };

  session.onChange((change, previous) => {
    void (async () => {
      await started;
      const settings = await settingsReady;
      const { result } = change;
      if (!result.source.bundled && change.reason === 'opened') settings.addRecent(result.source.path, result.source.name);
      send('onBriefingChanged', change);
      if (result.status !== 'loaded') return;
      const samePack = previous?.status === 'loaded' && previous.source.path === result.source.path;
      showPack = result.source.path;
      if (samePack) hub.refit(result.briefing);
      else hub.reset(result.briefing, settings.show(result.source.path));
      warmFor(result);
    })();
  });

  const loadedBriefing = async () => {
    const current = await session.get();
    return current.status === 'loaded' ? current : null;
  };

  const prefs = async (): Promise<Prefs> => {
    const settings = await settingsReady;
    const current = await loadedBriefing();
    return {
      recent: settings.recent(),
      runs: current ? settings.runs(current.source.path) : [],
      rehearsals: current ? settings.rehearsals(current.source.path) : [],
      problem: settings.problem,
    };
  };

  const impl: { [N in CallName]: (req: ParsedRequestOf<N>) => Promise<ResponseOf<N>> } = {
    async getBriefing() {
      const result = await session.get();
      warmFor(result);
      return result;
    },

    async getShow() {
      await started;
      return hub.current();
    },

    async setShow(state) {
      await started;
      return hub.set(state, (await loadedBriefing())?.briefing ?? null);
    },

    async openPresenter() {
      if (!deps.openPresenterWindow) return { status: 'failed', message: 'This build cannot open a presenter window.' };
      try {
        await deps.openPresenterWindow();
        return { status: 'opened' };
      } catch (err) {
        return { status: 'failed', message: err instanceof Error ? err.message : String(err) };
      }
    },

    getPrefs: prefs,

    async saveRun(run) {
      const current = await loadedBriefing();
      if (current) (await settingsReady).saveRun(current.source.path, run);
      return prefs();
    },

    async saveRehearsal(rehearsal) {
      const current = await loadedBriefing();
      if (current) (await settingsReady).saveRehearsal(current.source.path, rehearsal);
      return prefs();
    },

    async deleteRun(req) {
      const current = await loadedBriefing();
      if (current) (await settingsReady).deleteRun(current.source.path, req.name);
      return prefs();
    },

    async openBriefing(req) {
      const path = req.path ?? (await deps.chooseBriefingPath());
      if (!path) return { status: 'cancelled' };
      await started;
      return session.open(path);
    },

    ...exportCalls(deps, session, (progress) => send('onExportProgress', progress)),

    slideGeometry: async (req) => geometryOf(req, (await loadedBriefing())?.briefing.meta),

    async readImage(req) {
      const type = imageMimeOf(req.path);
      if (!type) return { status: 'failed', message: `${req.path}: not an image type Puente shows (PNG, JPEG, GIF, WebP, SVG)` };
      const found = await resolvePackImage(req.path, await session.packDir());
      if ('problem' in found) return { status: 'failed', message: found.problem };
      try {
        const bytes = await readFile(found.file);
        return { status: 'ok', dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
      } catch {
        return { status: 'failed', message: `image "${req.path}" cannot be read` };
      }
    },
  };

  const origin = deps.origin ?? APP_ORIGIN;
  const out = {} as Record<CallChannel, Handler>;
  for (const name of Object.keys(CALLS) as CallName[]) {
    const spec = CALLS[name];
    const run = impl[name] as (req: unknown) => Promise<unknown>;
    out[spec.channel] = async (frameUrl, request) => {
      if (!isAppFrame(frameUrl, origin)) throw new Error(`Refused ${spec.channel}: the caller is not Puente's own window`);
      const parsed = (spec.request as ZodType).safeParse(request);
      if (!parsed.success) throw new Error(`Refused ${spec.channel}: invalid request (${parsed.error.issues[0]?.message ?? 'bad input'})`);
      return run(parsed.data);
    };
  }
  return out;
}
