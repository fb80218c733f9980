// Makes it possible to export a PDF from the app without freezing it: plans the page count, runs the export through a
// runner (`pdf/export-runner.ts`: a worker thread in the app), reports its progress, cancels it, and opens only the
// files it wrote.
import { randomBytes } from 'node:crypto';
import type { ParsedRequestOf, PayloadOf, ResponseOf } from '../model/contract';
import { prepareFonts } from '../pdf/export';
import { exportEnding, inProcessRunner, type ExportRunner } from '../pdf/export-runner';
import { FORMAT_EXTENSIONS } from '../model/export-options';
import { warningsForExport } from '../model/export-warnings';
import { fontLookup } from '../fonts/chain';
import { cutWarnings } from '../pdf/cut-warnings';
import { warningPlacer } from '../briefing/place-warnings';
import type { BriefingSession } from '../briefing/session';

/** What the export calls need from the shell; all optional so tests pass only what they check. */
export interface ExportDeps {
  chooseExportPath(suggestedName: string): Promise<string | null>;
  runExport?: ExportRunner;
  /** Electron's shell.openPath: resolves with an error message, '' on success. */
  openPath?(path: string): Promise<string>;
  /** Electron's shell.showItemInFolder. */
  showItemInFolder?(path: string): void;
}

type ExportCalls = 'exportPdf' | 'planExport' | 'cancelExport' | 'revealExport';
export type ExportImpl = { [N in ExportCalls]: (req: ParsedRequestOf<N>) => Promise<ResponseOf<N>> };

/** Progress events at most this often (and always the last): enough for a smooth bar, few enough IPC messages. */
const PROGRESS_INTERVAL_MS = 50;

const newId = () => randomBytes(8).toString('hex');
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function exportCalls(
  deps: ExportDeps,
  session: BriefingSession,
  sendProgress: (payload: PayloadOf<'onExportProgress'>) => void,
): ExportImpl {
  const runner = deps.runExport ?? inProcessRunner;
  const running = new Map<string, AbortController>();
  /** Paths this app wrote in this session: the only ones the renderer may ask to open or show. */
  const exported = new Set<string>();

  const loadedPack = async () => {
    const current = await session.get();
    return current.status === 'loaded' ? current : null;
  };

  return {
    async planExport(options) {
      const loaded = await loadedPack();
      if (!loaded) return { status: 'failed', message: 'The open briefing has errors; fix them before exporting.' };
      try {
        await prepareFonts(loaded.briefing);
        const { pages } = await runner.plan({ briefing: loaded.briefing, options, packDir: await session.packDir(), fonts: fontLookup() });
        return { status: 'planned', pages };
      } catch (err) {
        return { status: 'failed', message: messageOf(err) };
      }
    },

    async exportPdf(req) {
      const { outPath: asked, id: askedId, ...options } = req;
      const id = askedId ?? newId();
      if (running.has(id)) return { status: 'failed', id, message: `An export named ${id} is already running.` };
      const controller = new AbortController();
      running.set(id, controller);
      try {
        const loaded = await loadedPack();
        if (!loaded) return { status: 'failed', id, message: 'The open briefing has errors; fix them before exporting.' };
        const outPath = asked ?? (await deps.chooseExportPath(`${loaded.source.name}-${options.format === 'pdf' ? options.layout : 'deck'}-${options.lang}${FORMAT_EXTENSIONS[options.format]}`));
        if (!outPath || controller.signal.aborted) return { status: 'cancelled', id };
        let last = 0;
        const onProgress = (done: number, total: number) => {
          const now = Date.now();
          if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
          last = now;
          sendProgress({ id, done, total });
        };
        await prepareFonts(loaded.briefing);
        const job = { briefing: loaded.briefing, options, outPath, packDir: await session.packDir(), fonts: fontLookup() };
        const done = await runner.export(job, { onProgress, signal: controller.signal });
        exported.add(done.path);
        const place = await warningPlacer(loaded.source.path);
        const warnings = [...warningsForExport(loaded.warnings, loaded.briefing, options), ...cutWarnings(done.cuts, place, options.layout ?? 'slides')];
        return { status: 'exported', id, path: done.path, pages: done.pages, warnings };
      } catch (err) {
        const ending = exportEnding(err, controller.signal);
        if (!ending) throw err;
        return { ...ending, id };
      } finally {
        running.delete(id);
      }
    },

    async cancelExport({ id }) {
      const controller = running.get(id);
      if (!controller) return { cancelled: false };
      controller.abort();
      return { cancelled: true };
    },

    async revealExport({ action, path }) {
      // The renderer names the path, so it must be one this app has just written; anything else could open any file.
      if (!exported.has(path)) return { status: 'failed', message: `Refused: ${path} is not a PDF Puente exported.` };
      if (action === 'folder') {
        if (!deps.showItemInFolder) return { status: 'failed', message: 'This build cannot show files in their folder.' };
        deps.showItemInFolder(path);
        return { status: 'done' };
      }
      if (!deps.openPath) return { status: 'failed', message: 'This build cannot open files.' };
      const problem = await deps.openPath(path);
      return problem ? { status: 'failed', message: `Cannot open ${path}: ${problem}` } : { status: 'done' };
    },
  };
}
