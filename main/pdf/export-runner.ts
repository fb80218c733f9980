// Where an export runs: in this thread (unit tests, tools) or in a worker thread of its own (the app), so a long PDF
// never freezes the window. The worker shell (main/export-worker.ts) runs `inProcessRunner` on the other side.
import { Worker } from 'node:worker_threads';
import type { Briefing } from '../model/schema';
import type { ExportOptionsInput } from '../model/export-options';
import { ExportCancelled, ExportError, type ExportControl, type Exported } from './export';
import { exportBriefing, planBriefingExport } from '../formats/export';
import { adoptFontLookup, type FontLookup } from '../fonts/chain';

/** One export, as plain data a worker thread can receive. */
export interface ExportJob {
  briefing: Briefing;
  options: ExportOptionsInput;
  outPath: string;
  packDir: string;
  /** The computer's fonts the briefing needs, looked up once on the main side (a worker starts knowing nothing). */
  fonts?: FontLookup;
}
export type PlanJob = Omit<ExportJob, 'outPath'>;

/** Where exports run: in this thread (unit tests) or in a worker thread (the app, e2e). */
export interface ExportRunner {
  /** Resolves with what was written; rejects with ExportError, or with ExportCancelled once `control.signal` aborts. */
  export(job: ExportJob, control: ExportControl): Promise<Exported>;
  plan(job: PlanJob): Promise<{ pages: number }>;
}

/** Messages between the handler and the worker thread (main/export-worker.ts). */
export type WorkerRequest = { kind: 'export'; job: ExportJob } | { kind: 'plan'; job: PlanJob };
export type ToWorker = { type: 'cancel' };
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'exported'; done: Exported }
  | { type: 'planned'; pages: number }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' };

/** How an export that threw ended, as the worker and the handler both report it. */
export type ExportEnding = { status: 'cancelled' } | { status: 'failed'; message: string };

/**
 * How an export that threw `err` ended: cancelled when it was (ExportCancelled), or when `signal` had aborted, since
 * whatever broke then (a stream torn down mid-write) broke because of the cancel; failed with the message of an
 * ExportError; null for anything else (a bug, which the caller rethrows or reports as it must).
 */
export function exportEnding(err: unknown, signal: AbortSignal | undefined): ExportEnding | null {
  if (err instanceof ExportCancelled || signal?.aborted) return { status: 'cancelled' };
  if (err instanceof ExportError) return { status: 'failed', message: err.message };
  return null;
}

/** Runs exports in this thread: for unit tests and tools; the app uses `workerExportRunner`. */
export const inProcessRunner: ExportRunner = {
  async export(job, control) {
    if (job.fonts) adoptFontLookup(job.fonts);
    try {
      return await exportBriefing(job.briefing, { ...job.options, outPath: job.outPath, packDir: job.packDir }, control);
    } catch (err) {
      if (control.signal?.aborted) throw new ExportCancelled(job.outPath);
      throw err;
    }
  },
  async plan(job) {
    if (job.fonts) adoptFontLookup(job.fonts);
    return planBriefingExport(job.briefing, job.options);
  },
};

/** Runs each export or plan in its own worker thread started from `workerFile` (out/main/export-worker.cjs). */
export function workerExportRunner(workerFile: string): ExportRunner {
  function run(request: WorkerRequest, path: string, control: ExportControl): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: request });
      let settled = false;
      const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToWorker);
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        control.signal?.removeEventListener('abort', cancel);
        outcome();
      };
      control.signal?.addEventListener('abort', cancel, { once: true });
      if (control.signal?.aborted) cancel();
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'progress') return control.onProgress?.(m.done, m.total);
        finish(() => {
          if (m.type === 'failed') reject(new ExportError(path, m.message));
          else if (m.type === 'cancelled') reject(new ExportCancelled(path));
          else resolve(m);
        });
      });
      worker.on('error', (err) => finish(() => reject(new ExportError(path, `Cannot export ${path}: ${err.message}`, { cause: err }))));
      worker.on('exit', (code) => finish(() => reject(new ExportError(path, `Cannot export ${path}: the export stopped unexpectedly (code ${code})`))));
    });
  }
  return {
    async export(job, control) {
      const m = await run({ kind: 'export', job }, job.outPath, control);
      if (m.type !== 'exported') throw new ExportError(job.outPath, `Cannot export ${job.outPath}: unexpected reply from the export`);
      return m.done;
    },
    async plan(job) {
      const m = await run({ kind: 'plan', job }, 'the PDF', {});
      if (m.type !== 'planned') throw new Error('unexpected reply from the planner');
      return { pages: m.pages };
    },
  };
}
