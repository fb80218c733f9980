// `npm start`: launches Electron on the built app, or says in one sentence why it cannot and how to fix it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-available.mjs';
import { downloadFailure, downloadTimeoutSeconds, sandboxHint } from './electron-runtime.mjs';

if (!electronBinary()) await download();

/**
 * Electron 45 downloads its runtime on first use (its `install-electron` bin, install.js). Its downloader
 * (@electron/get FetchDownloader) draws a progress bar on stderr once a download takes over 30 s: those lines are
 * shown; anything else (a stack trace) is kept back, and a failure or a hung connection ends in one sentence.
 */
async function download() {
  const seconds = downloadTimeoutSeconds(process.env);
  console.log(`Puente: downloading the Electron runtime (first start only; up to ${seconds} s)…`);
  const installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
  const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'] });
  let detail = '';
  child.stderr.on('data', (chunk) => {
    const text = chunk.toString();
    if (text.includes('Downloading ')) process.stderr.write(chunk);
    else detail ||= text.split('\n').find((l) => l.trim()) ?? '';
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill();
  }, seconds * 1000);
  const code = await new Promise((done) => child.on('close', (c) => done(c)));
  clearTimeout(timer);
  if (code !== 0 || !electronBinary()) {
    console.error(downloadFailure(timedOut, seconds, detail.trim()));
    process.exit(1);
  }
}
const binary = electronBinary();
// stderr is passed through as it comes, and read for the one crash that needs a hint (Ubuntu's sandbox policy).
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'pipe'] });
let tail = '';
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  tail = (tail + chunk.toString()).slice(-4096);
});
child.on('exit', (code, signal) => {
  const hint = code === 0 ? null : sandboxHint(tail, join(dirname(binary), 'chrome-sandbox'));
  if (hint) console.error(hint);
  process.exit(code ?? (signal ? 1 : 0));
});
