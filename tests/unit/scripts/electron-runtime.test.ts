// The scripts' rules for running Electron: the Ubuntu sandbox hint (issue 11 item 12), xvfb-run for the Electron
// suite on a headless Linux box (item 7), and npm start's download time limit and its one sentence.
import { describe, expect, test } from 'vitest';
// @ts-expect-error: plain ES module without types (scripts/ are .mjs)
import { downloadFailure, downloadTimeoutSeconds, electronSuiteCommand, sandboxHint } from '../../../scripts/electron-runtime.mjs';

describe('npm start on Ubuntu 23.10+', () => {
  // The line Chromium prints (electron/electron#42510, Electron 45's setuid_sandbox_host.cc).
  const fatal =
    "[77996:0908/150845.938417:FATAL:sandbox/linux/suid/client/setuid_sandbox_host.cc:166] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /p/node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755.";
  test('the sandbox abort gets one line saying how to fix it with the sandbox kept on', () => {
    const hint = sandboxHint(`noise\n${fatal}\n`, '/p/node_modules/electron/dist/chrome-sandbox') as string;
    expect(hint.split('\n')).toHaveLength(1);
    expect(hint).toContain("sudo chown root:root '/p/node_modules/electron/dist/chrome-sandbox'");
    expect(hint).toContain('chmod 4755');
    expect(hint).not.toContain('--no-sandbox');
  });
  test.each(['', 'Segmentation fault', 'GPU process isn\'t usable. Goodbye.'])('no hint for other output: %j', (text) => {
    expect(sandboxHint(text, '/x')).toBeNull();
  });
});

describe('the Electron suite', () => {
  const args = ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'];
  test('runs under xvfb-run -a on headless Linux when xvfb-run is installed', () => {
    expect(electronSuiteCommand(args, { platform: 'linux', env: {}, hasXvfbRun: true })).toEqual(['xvfb-run', ['-a', 'npx', ...args]]);
  });
  test.each([
    ['linux with a display', { platform: 'linux', env: { DISPLAY: ':0' }, hasXvfbRun: true }],
    ['linux on Wayland', { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, hasXvfbRun: true }],
    ['linux without xvfb-run (the suite then skips or fails on its own)', { platform: 'linux', env: {}, hasXvfbRun: false }],
    ['Windows', { platform: 'win32', env: {}, hasXvfbRun: false }],
    ['macOS', { platform: 'darwin', env: {}, hasXvfbRun: true }],
  ])('runs directly on %s', (_what, opts) => {
    expect(electronSuiteCommand(args, opts)).toEqual(['npx', args]);
  });
});

describe('npm start first-run download', () => {
  test('waits 300 s unless PUENTE_ELECTRON_DOWNLOAD_TIMEOUT says otherwise', () => {
    expect(downloadTimeoutSeconds({})).toBe(300);
    expect(downloadTimeoutSeconds({ PUENTE_ELECTRON_DOWNLOAD_TIMEOUT: '60' })).toBe(60);
    expect(downloadTimeoutSeconds({ PUENTE_ELECTRON_DOWNLOAD_TIMEOUT: 'soon' })).toBe(300);
  });
  test('a failure or a timeout is one sentence naming the fix', () => {
    for (const s of [downloadFailure(false, 300), downloadFailure(true, 60)]) {
      expect(s.split('\n')).toHaveLength(1);
      expect(s).toMatch(/^Puente cannot start: .*npx install-electron/);
    }
    expect(downloadFailure(true, 60)).toContain('did not finish in 60 s');
    const withDetail = downloadFailure(false, 300, 'TypeError: fetch failed\n  at x');
    expect(withDetail).toContain('[TypeError: fetch failed at x]');
    expect(withDetail.split('\n')).toHaveLength(1);
  });
});
