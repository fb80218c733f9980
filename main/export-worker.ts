// Makes it possible to export a PDF off the Electron main thread: runs one export (or page-count plan) handed over in
// `workerData`, posts its progress, and stops on a `cancel` message, leaving the previous file intact.
import { parentPort, workerData } from 'node:worker_threads';
import { exportEnding, inProcessRunner, type FromWorker, type ToWorker, type WorkerRequest } from './pdf/export-runner';

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
    const ending = exportEnding(err, controller.signal) ?? { status: 'failed', message: err instanceof Error ? err.message : String(err) };
    post(ending.status === 'cancelled' ? { type: 'cancelled' } : { type: 'failed', message: ending.message });
  } finally {
    port.close(); // lets the thread end once the export's own handles are closed
  }
}

if (parentPort) void main(parentPort, workerData as WorkerRequest);
