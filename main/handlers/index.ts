// One function per IPC channel. The Electron shell registers exactly these; the tests call the same ones.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolvePackImage } from '../briefing/check-images';
import type { ZodType } from 'zod';
import { CALLS, type CallChannel, type CallName, type ParsedRequestOf, type ResponseOf } from '../model/contract';
import { exportPdf, ExportError } from '../pdf/export';
import { BriefingSession } from './session';
import { isAppFrame, APP_ORIGIN } from './sender';

/** What only the shell can do (dialogs); tests pass fixed answers. */
export interface HandlerDeps {
  chooseBriefingPath(): Promise<string | null>;
  chooseExportPath(suggestedName: string): Promise<string | null>;
  origin?: string;
}

export type Handler = (frameUrl: string | undefined, request: unknown) => Promise<unknown>;

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

export function createHandlers(deps: HandlerDeps, session = new BriefingSession()): Record<CallChannel, Handler> {
  const impl: { [N in CallName]: (req: ParsedRequestOf<N>) => Promise<ResponseOf<N>> } = {
    getBriefing: () => session.get(),

    async openBriefing(req) {
      const path = req.path ?? (await deps.chooseBriefingPath());
      if (!path) return { status: 'cancelled' };
      return session.open(path);
    },

    async exportPdf(req) {
      const loaded = await session.get();
      if (loaded.status !== 'loaded') return { status: 'failed', message: 'The open briefing has errors; fix them before exporting.' };
      const outPath = req.outPath ?? (await deps.chooseExportPath(`${loaded.source.name}-${req.lang}.pdf`));
      if (!outPath) return { status: 'cancelled' };
      try {
        const done = await exportPdf(loaded.briefing, {
          layout: req.layout,
          lang: req.lang,
          outPath,
          packDir: await session.packDir(),
          ...(req.topics ? { topics: req.topics } : {}),
        });
        return { status: 'exported', path: done.path, pages: done.pages };
      } catch (err) {
        if (err instanceof ExportError) return { status: 'failed', message: err.message };
        throw err;
      }
    },

    async readImage(req) {
      const type = IMAGE_TYPES[extname(req.path).toLowerCase()];
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
