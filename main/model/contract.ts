// The IPC contract, written once: channel names with request and response schemas, and `makeApi`, which builds the
// renderer-facing API from any transport (Electron's ipcRenderer in the preload, a Playwright binding in tests).
import * as z from 'zod';
import { Briefing, Lang } from './schema';
import { Problem } from './problems';

export const PackSource = z.object({
  /** Absolute path of the briefing.yaml that was read. */
  path: z.string(),
  /** What the user calls it: the folder name, or the file name for a lone .yaml. */
  name: z.string(),
  bundled: z.boolean(),
});
export type PackSource = z.infer<typeof PackSource>;

export const LoadResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loaded'), briefing: Briefing, source: PackSource, warnings: z.array(Problem) }),
  z.object({ status: z.literal('invalid'), source: PackSource, errors: z.array(Problem), warnings: z.array(Problem) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type LoadResult = z.infer<typeof LoadResult>;
export type LoadedBriefing = Extract<LoadResult, { status: 'loaded' }>;

export const EXPORT_LAYOUTS = ['slides'] as const;
export const ExportLayout = z.enum(EXPORT_LAYOUTS);
export type ExportLayout = z.infer<typeof ExportLayout>;

export const ExportRequest = z
  .object({
    layout: ExportLayout.default('slides'),
    lang: Lang,
    /** Topic ids in the order to export; all topics when absent. */
    topics: z.array(z.string()).optional(),
    /** Where to write; when absent the main side asks the user with a save dialog. */
    outPath: z.string().min(1).optional(),
  })
  .strict();
export type ExportRequest = z.input<typeof ExportRequest>;

export const ExportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('exported'), path: z.string(), pages: z.number().int() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

export const ImageRequest = z.object({ path: z.string().min(1) }).strict();
export const ImageResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), dataUrl: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type ImageResult = z.infer<typeof ImageResult>;

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
  readImage: { channel: 'asset:image', request: ImageRequest, response: ImageResult },
} as const;

export const MenuCommand = z.enum(['open-briefing', 'export-pdf', 'help']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Main → renderer notifications. */
export const EVENTS = {
  onMenuCommand: { channel: 'menu:command', payload: MenuCommand },
  onBriefingChanged: { channel: 'briefing:changed', payload: LoadResult },
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
