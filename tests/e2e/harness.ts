// Serves the built renderer from a fake origin and wires `window.puente` to the real main-side handlers;
// only Electron's transport differs from the app.
import { buildSync } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeOf } from '../../main/content-type';
import type { BrowserContext, Page } from '@playwright/test';
import { createHandlers, type HandlerDeps } from '../../main/handlers';
import { workerExportRunner } from '../../main/pdf/export-runner';
import type { BriefingSession } from '../../main/briefing/session';
import { resolveAppUrl } from '../../main/security/protocol-path';
import { appRoot } from '../../main/paths';
import type { CallChannel, EventChannel } from '../../main/model/contract';

export const ORIGIN = 'http://puente.test';
const rendererRoot = join(appRoot(), 'out', 'renderer');


// The real makeApi, bundled for the page; the transport is a Playwright binding instead of ipcRenderer.
const bridge = buildSync({
  stdin: {
    contents: `import { makeApi } from './main/model/contract';
      const listeners = new Map();
      window.__puenteEmit = (c, p) => (listeners.get(c) ?? []).forEach((l) => l(p));
      // Stands in for Electron's webUtils.getPathForFile, which only the preload has: a test names the paths.
      window.puenteFiles = { pathForFile: (f) => (window.__droppedPaths ?? {})[f.name] ?? '' };
      window.puente = makeApi({
        invoke: (c, r) => window.__puenteInvoke(c, r),
        on(c, l) { const ls = listeners.get(c) ?? []; ls.push(l); listeners.set(c, ls);
          return () => listeners.set(c, (listeners.get(c) ?? []).filter((x) => x !== l)); },
      });`,
    resolveDir: appRoot(),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  platform: 'browser',
}).outputFiles[0]!.text;

export interface Harness {
  /** Every request that tried to leave the app's origin, from any window. */
  offOrigin: string[];
  /** Sends a main → renderer event to this window only. */
  emit(channel: EventChannel, payload: unknown): Promise<void>;
  main: MainSide;
}

/** The main side shared by every window of one app: the real handlers, and the windows they broadcast to. */
export interface MainSide {
  offOrigin: string[];
  windows: Page[];
  /**
   * Opens a window of the app in `page`: the audience's (main) window, or the presenter's (`#presenter`). `hold`, if
   * given, is awaited before each of its calls is answered (a main side slow to answer, on the test's signal).
   */
  openWindow(page: Page, role?: 'audience' | 'presenter', hold?: (channel: CallChannel) => Promise<void>): Promise<Harness>;
  broadcast(channel: EventChannel, payload: unknown): void;
}

const emitTo = (page: Page, channel: EventChannel, payload: unknown): Promise<void> =>
  page.evaluate(
    ([c, p]) => (globalThis as unknown as { __puenteEmit(c: string, p: unknown): void }).__puenteEmit(c, p),
    [channel, payload] as const,
  );

/** Starts the main side for a browser context; each page then opened with `openWindow` is one window of the app. */
export async function startMain(
  context: BrowserContext,
  deps: Partial<HandlerDeps> = {},
  session?: BriefingSession,
): Promise<MainSide> {
  const windows: Page[] = [];
  const offOrigin: string[] = [];
  // Like Electron's webContents.send: a window that has gone away simply misses the message.
  const broadcast = (channel: EventChannel, payload: unknown) => {
    for (const w of windows) if (!w.isClosed()) void emitTo(w, channel, payload).catch(() => undefined);
  };
  const handlers = createHandlers({
    chooseBriefingPath: async () => null,
    chooseExportPath: async () => null,
    broadcast,
    // As in the app: exports run in the built worker thread (e2e runs after the build).
    runExport: workerExportRunner(join(appRoot(), 'out', 'main', 'export-worker.cjs')),
    ...deps,
    origin: ORIGIN,
  }, session);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${ORIGIN}/`)) {
      offOrigin.push(url);
      return route.abort();
    }
    const file = resolveAppUrl(rendererRoot, url);
    if (!file) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: contentTypeOf(file) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  const main: MainSide = {
    offOrigin,
    windows,
    broadcast,
    async openWindow(page, role = 'audience', hold) {
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !offOrigin.includes(url)) offOrigin.push(url);
      });
      await page.exposeBinding('__puenteInvoke', async (source, channel: CallChannel, request: unknown) => {
        await hold?.(channel);
        return handlers[channel](source.frame.url(), request);
      });
      await page.addInitScript({ content: bridge });
      windows.push(page);
      await page.goto(`${ORIGIN}/index.html${role === 'presenter' ? '#presenter' : ''}`);
      return { offOrigin, emit: (channel, payload) => emitTo(page, channel, payload), main };
    },
  };
  return main;
}

/** One window of the app in `page`, with its own main side. */
export async function openApp(page: Page, deps: Partial<HandlerDeps> = {}): Promise<Harness> {
  const main = await startMain(page.context(), deps);
  return main.openWindow(page);
}

export const repoPath = (...parts: string[]): string => join(appRoot(), ...parts);

/** A main side whose presenter window opens as main/app.ts opens it. */
export interface MainWithPresenter {
  main: MainSide;
  /** The presenter window, once opened. */
  presenter(): Page | undefined;
  /** How many times a window asked to bring the open presenter window forward (BrowserWindow.focus in the app). */
  focusRequests(): number;
}

/**
 * Starts the main side with the app's presenter window: the first `openPresenter` opens a page as the presenter's
 * window (`size`, if given) and tells every window; later ones bring it forward, as openPresenterWindow does.
 */
export async function startMainWithPresenter(
  context: BrowserContext,
  size?: { width: number; height: number },
  deps: Partial<HandlerDeps> = {},
  presenterHold?: (channel: CallChannel) => Promise<void>,
): Promise<MainWithPresenter> {
  let presenter: Page | undefined;
  let focusRequests = 0;
  const main: MainSide = await startMain(context, {
    ...deps,
    async openPresenterWindow() {
      if (presenter && !presenter.isClosed()) {
        focusRequests += 1;
        return presenter.bringToFront();
      }
      presenter = await context.newPage();
      if (size) await presenter.setViewportSize(size);
      await main.openWindow(presenter, 'presenter', presenterHold);
      main.broadcast('windows:changed', { presenter: true });
    },
  });
  return { main, presenter: () => presenter, focusRequests: () => focusRequests };
}
