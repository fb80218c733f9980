// Makes it possible to export a PDF off the Electron main thread: runs one export (or page-count plan) handed over in
// `workerData`, posts its progress, and stops on a `cancel` message, leaving the previous file intact.
import { parentPort, workerData } from 'node:worker_threads';
import { ExportCancelled, ExportError } from './pdf/export';
import { inProcessRunner, type FromWorker, type ToWorker, type WorkerRequest } from './pdf/export-runner';

async function main(port: NonNullable<typeof parentPort>, request: WorkerRequest): Promise<void> {
  const post = (m: FromWorker) => port.postMessage(m);
  const controller = new AbortController();
  port.on('message', (m: ToWorker) => {
    if (m.type === 'cancel') controller.abort();
  });
  try {
    if (request.kind === 'plan') {
      const { pages } = await inProcessRunner.plan(request.job);
      post({ type: 'planned', pages });
    } else {
      const done = await inProcessRunner.export(request.job, {
        signal: controller.signal,
        onProgress: (d, total) => post({ type: 'progress', done: d, total }),
      });
      post({ type: 'exported', done });
    }
  } catch (err) {
    if (err instanceof ExportCancelled || controller.signal.aborted) post({ type: 'cancelled' });
    else if (err instanceof ExportError) post({ type: 'failed', message: err.message });
    else post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    port.close(); // lets the thread end once the export's own handles are closed
  }
}

if (parentPort) void main(parentPort, workerData as WorkerRequest);
