// Serves the built renderer from a fake origin and wires `window.puente` to the real main-side handlers;
// only Electron's transport differs from the app.
import { buildSync } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeOf } from '../../main/content-type';
import type { Page } from '@playwright/test';
import { createHandlers, type HandlerDeps } from '../../main/handlers';
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
  /** Every request that tried to leave the app's origin. */
  offOrigin: string[];
  emit(channel: EventChannel, payload: unknown): Promise<void>;
}

export async function openApp(page: Page, deps: Partial<HandlerDeps> = {}): Promise<Harness> {
  const handlers = createHandlers({
    chooseBriefingPath: async () => null,
    chooseExportPath: async () => null,
    ...deps,
    origin: ORIGIN,
  });
  const offOrigin: string[] = [];
  await page.context().route('**/*', async (route) => {
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
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !offOrigin.includes(url)) offOrigin.push(url);
  });
  await page.exposeBinding('__puenteInvoke', async (source, channel: CallChannel, request: unknown) =>
    handlers[channel](source.frame.url(), request),
  );
  await page.addInitScript({ content: bridge });
  await page.goto(`${ORIGIN}/index.html`);
  return {
    offOrigin,
    emit: (channel, payload) => page.evaluate(([c, p]) => (globalThis as unknown as { __puenteEmit(c: string, p: unknown): void }).__puenteEmit(c, p), [channel, payload] as const),
  };
}

export const repoPath = (...parts: string[]): string => join(appRoot(), ...parts);
