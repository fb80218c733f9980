// `npm start`: launches Electron on the built app, or says in one sentence why it cannot and how to fix it.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-available.mjs';

if (!electronBinary()) {
  // Electron downloads its runtime on first use; do it here, quietly, so a failure is one clear sentence.
  console.log('Puente: downloading the Electron runtime (first start only)…');
  const installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
  const r = spawnSync(process.execPath, [installer], { encoding: 'utf8' });
  if (r.status !== 0 || !electronBinary()) {
    console.error(
      'Puente cannot start: the Electron runtime is not installed and could not be downloaded (no internet access?) — connect and run `npx install-electron`, then `npm start` again.',
    );
    process.exit(1);
  }
}
const child = spawn(electronBinary(), ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
