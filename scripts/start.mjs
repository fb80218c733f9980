// `npm start`: launches Electron on the built app, or says in one sentence why it cannot and how to fix it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronPath;
try {
  // Resolving the path downloads Electron on first use where there is a network.
  electronPath = require('electron');
} catch {
  console.error(
    'Puente cannot start: the Electron runtime is not installed and could not be downloaded — connect to the internet and run `npx install-electron`, then `npm start` again.',
  );
  process.exit(1);
}
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
