// Pure rules for running Electron from the scripts (npm start, npm test, .ci/run): no I/O here, so each is a unit
// test (tests/unit/scripts/electron-runtime.test.ts).

/** Chromium's fatal line when the SUID sandbox helper is unusable (Ubuntu 23.10+ AppArmor, or a non-root chrome-sandbox). */
const SUID_SANDBOX = /The SUID sandbox helper binary was found, but is not configured correctly/;

/**
 * The one-line hint `npm start` prints when Electron aborts on the SUID sandbox (Ubuntu 23.10 and 24.04 restrict
 * unprivileged user namespaces with AppArmor), or null for any other output. `helper` is chrome-sandbox's path.
 */
export function sandboxHint(stderrText, helper) {
  if (!SUID_SANDBOX.test(stderrText)) return null;
  return (
    `Puente: this Linux (Ubuntu 23.10 or later?) blocks Electron's sandbox for programs outside an installed package. ` +
    `To keep the sandbox on, make the helper root-owned and setuid once: sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}' — then \`npm start\` again (docs/install.md, "Linux").`
  );
}

/**
 * How to run the Electron suite: under `xvfb-run -a` on Linux without a display when xvfb-run exists (CI, a headless
 * box); directly otherwise. Returns [command, args].
 */
export function electronSuiteCommand(args, { platform, env, hasXvfbRun }) {
  const headless = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  return headless && hasXvfbRun ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
}

/** Seconds `npm start` waits for the first-run download: PUENTE_ELECTRON_DOWNLOAD_TIMEOUT, else 300. */
export function downloadTimeoutSeconds(env) {
  const n = Number(env.PUENTE_ELECTRON_DOWNLOAD_TIMEOUT);
  return Number.isFinite(n) && n > 0 ? n : 300;
}

/**
 * The one sentence `npm start` prints when the runtime cannot be had (failed, or timed out after `seconds`); `detail`
 * is the downloader's first error line, if any, kept on the same line.
 */
export function downloadFailure(timedOut, seconds, detail = '') {
  const why = timedOut ? `the download did not finish in ${seconds} s` : 'it could not be downloaded (no internet access?)';
  const said = detail && !timedOut ? ` [${detail.replace(/\s+/g, ' ').slice(0, 160)}]` : '';
  return `Puente cannot start: the Electron runtime is not installed and ${why}${said} — connect and run \`npx install-electron\`, then \`npm start\` again.`;
}
