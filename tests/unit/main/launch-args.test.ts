// The pack named on Electron's command line, packaged or not, whatever switches come with it.
import { describe, expect, it } from 'vitest';
import { packFromArgv } from '../../../main/launch-args';

describe('pack from argv', () => {
  it('takes the first operand of a packaged app, resolved against the working folder', () => {
    expect(packFromArgv(['/opt/Puente/puente', 'packs/border'], { cwd: '/home/u', isPackaged: true })).toBe('/home/u/packs/border');
    expect(packFromArgv(['C:/Puente.exe', '--no-sandbox', '/p/b.yaml'], { cwd: '/x', isPackaged: true })).toBe('/p/b.yaml');
  });

  it('skips the app path and any switches when unpackaged', () => {
    expect(packFromArgv(['electron', '--inspect=0', '--remote-debugging-port=0', '.', '--user-data-dir=/t', 'pack'], { cwd: '/r', isPackaged: false })).toBe('/r/pack');
  });

  it('keeps an absolute path as it is and resolves a relative one, when unpackaged', () => {
    expect(packFromArgv(['/usr/lib/electron', '/src/puente', '/packs/a/briefing.yaml'], { cwd: '/r', isPackaged: false })).toBe('/packs/a/briefing.yaml');
    expect(packFromArgv(['/usr/lib/electron', 'out/main/app.cjs', '../packs/a'], { cwd: '/r/puente', isPackaged: false })).toBe('/r/packs/a');
  });

  it('ignores the switches a desktop adds when launching a packaged app, and takes only the first pack', () => {
    expect(packFromArgv(['/Applications/Puente.app/Contents/MacOS/Puente', '-psn_0_12345', 'a', 'b'], { cwd: '/h', isPackaged: true })).toBe('/h/a');
  });

  it('gives null when no pack is named', () => {
    expect(packFromArgv(['electron', '.'], { cwd: '/r', isPackaged: false })).toBeNull();
    expect(packFromArgv(['/opt/Puente/puente', '--enable-logging'], { cwd: '/r', isPackaged: true })).toBeNull();
    expect(packFromArgv([], { cwd: '/r', isPackaged: true })).toBeNull();
    expect(packFromArgv(['electron'], { cwd: '/r', isPackaged: false })).toBeNull();
  });
});
