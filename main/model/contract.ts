// The IPC contract, written once: channel names with request and response schemas, and `makeApi`, which builds the
// renderer-facing API from any transport (Electron's ipcRenderer in the preload, a Playwright binding in tests).
import * as z from 'zod';
import { Briefing } from './schema';
import { ExportOptions } from './export-options';
import { Problem } from './problems';
import { ShowState, ShowUpdate, Slot } from './show';
import { Rehearsal } from './rehearsal';
import { GeometryRequest, SlideGeometryWire } from './slide-geometry/wire';

export const PackSource = z.object({
  /** Absolute path of the briefing.yaml that was read. */
  path: z.string(),
  /** What the user calls it: the folder name, or the file name for a lone .yaml. */
  name: z.string(),
  bundled: z.boolean(),
});
export type PackSource = z.infer<typeof PackSource>;

const Loaded = z.object({ status: z.literal('loaded'), briefing: Briefing, source: PackSource, warnings: z.array(Problem) });
const Invalid = z.object({ status: z.literal('invalid'), source: PackSource, errors: z.array(Problem), warnings: z.array(Problem) });
export const LoadResult = z.discriminatedUnion('status', [Loaded, Invalid, z.object({ status: z.literal('cancelled') })]);
export type LoadResult = z.infer<typeof LoadResult>;
export type LoadedBriefing = Extract<LoadResult, { status: 'loaded' }>;

export { EXPORT_LAYOUTS, ExportLayout } from './export-options';

/** Names one export so its progress events and a cancel refer to it; the renderer picks it before asking. */
export const ExportId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an export id is 1–64 letters, digits, - or _');

export const ExportRequest = ExportOptions.extend({
  /** Where to write; when absent the main side asks the user with a save dialog. */
  outPath: z.string().min(1).optional(),
  /** Names this export for `onExportProgress` and `cancelExport`; the main side picks one when absent. */
  id: ExportId.optional(),
}).strict();
export type ExportRequest = z.input<typeof ExportRequest>;

export const ExportResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('exported'),
    id: ExportId,
    path: z.string(),
    pages: z.number().int(),
    /** What validate would say about this export, and the texts it printed cut: the dialog lists them. */
    warnings: z.array(Problem).default([]),
  }),
  z.object({ status: z.literal('failed'), id: ExportId, message: z.string() }),
  z.object({ status: z.literal('cancelled'), id: ExportId }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

/** How many pages an export with these options would have, before it is drawn (the Export dialog's live count). */
export const ExportPlan = z.discriminatedUnion('status', [
  z.object({ status: z.literal('planned'), pages: z.number().int().nonnegative() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type ExportPlan = z.infer<typeof ExportPlan>;

/** Opens a PDF this app has just exported, or shows it in its folder; any other path is refused. */
export const RevealRequest = z.object({ action: z.enum(['open', 'folder']), path: z.string().min(1).max(4096) }).strict();
export const RevealResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type RevealResult = z.infer<typeof RevealResult>;

export const ExportProgress = z.object({ id: ExportId, done: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
export type ExportProgress = z.infer<typeof ExportProgress>;

export const ImageRequest = z.object({ path: z.string().min(1) }).strict();
export const ImageResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), dataUrl: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type ImageResult = z.infer<typeof ImageResult>;

/** Why a pack arrives unasked: the user opened it (in any window) or its file changed on disk. */
export const BriefingChange = z.object({
  reason: z.enum(['opened', 'reloaded']),
  result: z.discriminatedUnion('status', [Loaded, Invalid]),
});
export type BriefingChange = z.infer<typeof BriefingChange>;

export const RecentPack = z.object({ path: z.string(), name: z.string() });
export type RecentPack = z.infer<typeof RecentPack>;

/** A named cut of the briefing for an audience: topic ids in the order to present them, and the seconds it has. */
export const SavedRun = z
  .object({
    name: z.string().trim().min(1).max(60),
    topics: z.array(z.string().min(1)).min(1).max(1000),
    /** The time slot the run was cut for, in seconds; absent in runs saved before slots existed. */
    slot: Slot.optional(),
  })
  .strict();
export type SavedRun = z.infer<typeof SavedRun>;

export { Rehearsal };

/** What the app remembers between sessions that the renderer shows: recent packs, this pack's saved runs and rehearsals. */
export const Prefs = z.object({
  recent: z.array(RecentPack),
  runs: z.array(SavedRun),
  /** This pack's kept rehearsals, oldest first (the last two: the latest and the one it is compared with). */
  rehearsals: z.array(Rehearsal).default([]),
  problem: z.string().nullable(),
});
export type Prefs = z.infer<typeof Prefs>;

export const WindowResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type WindowResult = z.infer<typeof WindowResult>;

/** Which of the app's windows are open; the audience window shows the slide alone while the presenter's is open. */
export const WindowsState = z.object({ presenter: z.boolean() });
export type WindowsState = z.infer<typeof WindowsState>;

const NoRequest = z.undefined();

/** Renderer → main calls. The key is the method name `makeApi` gives the renderer. */
export const CALLS = {
  getBriefing: { channel: 'briefing:get', request: NoRequest, response: LoadResult },
  openBriefing: {
    channel: 'briefing:open',
    request: z.object({ path: z.string().min(1).optional() }).strict(),
    response: LoadResult,
  },
  exportPdf: { channel: 'export:pdf', request: ExportRequest, response: ExportResult },
  planExport: { channel: 'export:plan', request: ExportOptions, response: ExportPlan },
  /** Stops the export with this id; the file already at its path is left as it was. */
  cancelExport: { channel: 'export:cancel', request: z.object({ id: ExportId }).strict(), response: z.object({ cancelled: z.boolean() }) },
  revealExport: { channel: 'export:reveal', request: RevealRequest, response: RevealResult },
  readImage: { channel: 'asset:image', request: ImageRequest, response: ImageResult },
  /** The show as the main side holds it; a new window starts from this. */
  getShow: { channel: 'show:get', request: NoRequest, response: ShowUpdate },
  /** A window moved the show; the main side keeps it and tells every window (`onShowChanged`). */
  setShow: { channel: 'show:set', request: ShowState, response: ShowUpdate },
  /** Opens the presenter window (or brings it forward). */
  openPresenter: { channel: 'window:presenter', request: NoRequest, response: WindowResult },
  getPrefs: { channel: 'prefs:get', request: NoRequest, response: Prefs },
  saveRun: { channel: 'runs:save', request: SavedRun, response: Prefs },
  deleteRun: { channel: 'runs:delete', request: z.object({ name: z.string().min(1) }).strict(), response: Prefs },
  /** Keeps a finished rehearsal for this pack (with the one before it, to compare). */
  saveRehearsal: { channel: 'rehearsals:save', request: Rehearsal, response: Prefs },
  /**
   * A slide's geometry (model/slide-geometry), laid out with the PDF's own font measurer: the stage draws exactly the
   * boxes and lines the slides PDF prints.
   */
  slideGeometry: { channel: 'slide:geometry', request: GeometryRequest, response: SlideGeometryWire },
} as const;

export const MenuCommand = z.enum(['open-briefing', 'export-pdf', 'help', 'presenter', 'overview', 'search', 'bilingual']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Main → renderer notifications. */
export const EVENTS = {
  onMenuCommand: { channel: 'menu:command', payload: MenuCommand },
  onBriefingChanged: { channel: 'briefing:changed', payload: BriefingChange },
  onShowChanged: { channel: 'show:changed', payload: ShowUpdate },
  onWindowsChanged: { channel: 'windows:changed', payload: WindowsState },
  /** Pages drawn so far by the export with this id. */
  onExportProgress: { channel: 'export:progress', payload: ExportProgress },
} as const;

export type CallName = keyof typeof CALLS;
export type CallChannel = (typeof CALLS)[CallName]['channel'];
export type EventName = keyof typeof EVENTS;
export type EventChannel = (typeof EVENTS)[EventName]['channel'];
export type RequestOf<N extends CallName> = z.input<(typeof CALLS)[N]['request']>;
export type ParsedRequestOf<N extends CallName> = z.output<(typeof CALLS)[N]['request']>;
export type ResponseOf<N extends CallName> = z.output<(typeof CALLS)[N]['response']>;
export type PayloadOf<E extends EventName> = z.output<(typeof EVENTS)[E]['payload']>;

export const CALL_CHANNELS = Object.values(CALLS).map((c) => c.channel) as CallChannel[];
export const EVENT_CHANNELS = Object.values(EVENTS).map((e) => e.channel) as EventChannel[];

/** How the API reaches the main side; Electron's ipcRenderer in production, a test binding in tests. */
export interface Transport {
  invoke(channel: CallChannel, request: unknown): Promise<unknown>;
  /** Subscribes to a main → renderer channel; returns the unsubscribe function. */
  on(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

type CallMethods = {
  [N in CallName]: undefined extends RequestOf<N>
    ? (request?: RequestOf<N>) => Promise<ResponseOf<N>>
    : (request: RequestOf<N>) => Promise<ResponseOf<N>>;
};
type EventMethods = { [E in EventName]: (listener: (payload: PayloadOf<E>) => void) => () => void };

/** What the renderer sees as `window.puente`. */
export type PuenteApi = CallMethods & EventMethods;

export function makeApi(transport: Transport): PuenteApi {
  const api: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(CALLS)) {
    api[name] = (request?: unknown) => transport.invoke(spec.channel, request);
  }
  for (const [name, spec] of Object.entries(EVENTS)) {
    api[name] = (listener: (payload: unknown) => void) => transport.on(spec.channel, listener);
  }
  return api as PuenteApi;
}
