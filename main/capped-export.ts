// Keeps a large `puente export` to a few hundred MB of memory. V8 lets an unbounded heap grow to two or three times
// what it holds before collecting (a 5,000-slide export held ≈ 130 MB and peaked at 390–590 MB RSS, issue 14), and a
// heap limit can only be set when an isolate starts: so a large pack's export (load included, since loading it is
// half the peak) runs as the same CLI command in a worker thread whose old generation is capped to the pack's size.
// A cap too small for an unusual pack must not fail an export that would have worked: a worker that runs out of
// memory is run again without a cap, its output up to then not repeated.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** A pack YAML at least this big (bytes; ≈ 1,600 a slide) exports in a capped worker: ≈ 1,000 slides and more. */
export const CAPPED_EXPORT_BYTES = 1_600_000;

/**
 * The old-generation cap for a pack of `bytes` bytes of YAML, in MB: what such an export holds at most (measured on
 * synthetic packs: a 5,000-slide pack, 7.9 MB, ran out of memory at 150 MB, not at 160) with a little room, so V8 does not collect near its
 * limit over and over. `PUENTE_EXPORT_HEAP_MB` overrides it (tests force a tiny cap to try the retry).
 */
export function heapCapMb(bytes: number, bilingual: boolean, env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env['PUENTE_EXPORT_HEAP_MB']);
  if (Number.isFinite(forced) && forced > 0) return forced;
  // A bilingual export shapes and keeps both languages' words: it ran out at the single-language cap, not at 220 MB.
  return Math.ceil(64 + (bytes / 1e6) * (bilingual ? 19.6 : 13.5));
}

/** The capped worker's young generation, in MB: V8's default let a 5,000-slide export's RSS reach ≈ 310 MB, 8 ≈ 280. */
const YOUNG_MB = 8;

/** The pack file's size in bytes, 0 when it cannot be read (the export then reports why, as for any pack). */
export function packBytes(pack: string): number {
  try {
    const s = statSync(pack);
    return s.isDirectory() ? statSync(join(pack, 'briefing.yaml')).size : s.size;
  } catch {
    return 0;
  }
}

/** Whether this `puente export` of a pack of `bytes` bytes should run capped (never from inside the worker itself). */
export function runsCapped(bytes: number, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!isMainThread) return false;
  if (env['PUENTE_EXPORT_HEAP_MB'] !== undefined) return true;
  return bytes >= CAPPED_EXPORT_BYTES;
}

/** What the CLI hands its worker: the command's arguments. */
export interface CliWorkerData {
  puenteCli: string[];
}

/** The arguments this thread runs the CLI with, when it is the capped export worker; undefined otherwise. */
export function workerArgv(): string[] | undefined {
  if (isMainThread) return undefined;
  const data = workerData as Partial<CliWorkerData> | null;
  return Array.isArray(data?.puenteCli) ? data.puenteCli : undefined;
}

type ToCliWorker = { type: 'interrupt' };

let interrupted: (() => void) | undefined;

/**
 * Calls `stop` on Ctrl-C or a kill (SIGINT, SIGTERM), once; returns what stops listening. In the capped worker, where
 * no signal arrives, the CLI's main thread passes the interrupt on as a message.
 */
export function onInterrupt(stop: () => void): () => void {
  if (isMainThread) {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
  }
  interrupted = stop;
  return () => {
    interrupted = undefined;
  };
}

/** In the capped worker: an interrupt stops the export running, or (before it starts) ends the command as a signal would. */
export function listenForInterrupt(): void {
  parentPort?.on('message', (m: ToCliWorker) => {
    if (m.type !== 'interrupt') return;
    if (interrupted) interrupted();
    else process.exit(130);
  });
  parentPort?.unref(); // the command's own work keeps the thread alive, not this listener
}

/**
 * Writes a worker's output stream on, leaving out its first `skip` bytes (already written by an earlier try); with
 * `atEnd`, holds it until `flush`: the worker's stdout and stderr reach this thread in no set order, and an export's
 * stdout is its last line ("wrote …"), which must follow its warnings as it did.
 */
function relay(from: NodeJS.ReadableStream, to: NodeJS.WritableStream, skip: number, atEnd = false): { written: () => number; flush: () => void } {
  let seen = 0;
  const held: Buffer[] = [];
  from.on('data', (chunk: Buffer) => {
    const start = Math.max(0, Math.min(chunk.length, skip - seen));
    seen += chunk.length;
    if (start >= chunk.length) return;
    const part = start === 0 ? chunk : chunk.subarray(start);
    if (atEnd) held.push(part);
    else to.write(part);
  });
  let flushed = !atEnd;
  return {
    // What is on `to` now, this try's and the earlier ones': held output is not.
    written: () => (flushed ? seen : skip),
    flush: () => {
      flushed = true;
      held.splice(0).forEach((c) => to.write(c));
    },
  };
}

interface Try {
  code: number;
  outOfMemory: boolean;
  out: number;
  err: number;
}

function runWorker(cliFile: string, argv: string[], capMb: number | undefined, skip: { out: number; err: number }): Promise<Try> {
  return new Promise((done) => {
    const worker = new Worker(cliFile, {
      workerData: { puenteCli: argv } satisfies CliWorkerData,
      stdout: true,
      stderr: true,
      ...(capMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: capMb, maxYoungGenerationSizeMb: YOUNG_MB } } : {}),
    });
    const out = relay(worker.stdout, process.stdout, skip.out, true);
    const err = relay(worker.stderr, process.stderr, skip.err);
    const interrupt = (): void => worker.postMessage({ type: 'interrupt' } satisfies ToCliWorker);
    // Once, as in a plain run: a second Ctrl-C ends the process at once.
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    let outOfMemory = false;
    let failure: Error | undefined;
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
      else failure = e;
    });
    worker.on('exit', (code) => {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
      // The worker's output reaches this thread after its exit: write it all before deciding.
      let ended = 0;
      const finish = (): void => {
        if (++ended < 2) return;
        // A try killed for memory says nothing more: the next one carries on from where its output stopped.
        if (!outOfMemory) out.flush();
        if (failure) process.stderr.write(`puente: unexpected error: ${failure.stack ?? failure.message}\n`);
        done({ code: failure ? 1 : code, outOfMemory, out: out.written(), err: err.written() });
      };
      for (const s of [worker.stdout, worker.stderr]) {
        if (s.readableEnded) finish();
        else s.once('end', finish);
      }
    });
  });
}

/** Removes what an export killed mid-write left beside its target (main/files/write-atomic.ts names it). */
function removeTempOf(outPath: string): void {
  const dir = dirname(outPath);
  const prefix = `.${basename(outPath)}.${process.pid}.`;
  try {
    for (const f of readdirSync(dir)) if (f.startsWith(prefix) && f.endsWith('.tmp')) rmSync(join(dir, f), { force: true });
  } catch {
    // Nothing to remove.
  }
}

/**
 * Runs `puente export ARGV` in a worker thread of this process (started from `cliFile`, the CLI bundle) with its old
 * generation capped at `capMb`; if it runs out of memory, once more uncapped, its output not repeated. Resolves with
 * the command's exit code. `outPath` is the export's target, whose temp file a worker killed for memory leaves.
 */
export async function runCappedExport(cliFile: string, argv: string[], capMb: number, outPath: string): Promise<number> {
  const first = await runWorker(cliFile, argv, capMb, { out: 0, err: 0 });
  if (!first.outOfMemory) return first.code;
  removeTempOf(resolve(outPath));
  const second = await runWorker(cliFile, argv, undefined, { out: first.out, err: first.err });
  if (!second.outOfMemory) return second.code;
  removeTempOf(resolve(outPath));
  process.stderr.write('Export failed: out of memory.\n');
  return 1;
}
