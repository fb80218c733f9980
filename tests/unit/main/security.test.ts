import { describe, expect, test } from 'vitest';
import { resolveAppUrl } from '../../../main/security/protocol-path';
import { mayNavigate, windowOpenAction } from '../../../main/security/navigation';
import { isAppFrame } from '../../../main/security/sender';
import { mainWindowOptions } from '../../../main/window-options';

describe('the app:// protocol serves files from the renderer folder alone', () => {
  test('a plain path maps inside the root', () => {
    expect(resolveAppUrl('/r', 'app://puente/assets/x.js')).toBe('/r/assets/x.js');
  });
  test('the bare origin serves index.html', () => {
    expect(resolveAppUrl('/r', 'app://puente/')).toBe('/r/index.html');
  });
  test.each(['app://puente/..%2f..%2fetc%2fpasswd', 'app://puente/a/..%2f..%2f..%2fsecret', 'app://puente/x%00.js'])(
    'traversal %s is refused',
    (url) => {
      expect(resolveAppUrl('/r', url)).toBeNull();
    },
  );
});

test('encoded dot segments and doubled slashes still land inside the root', () => {
  expect(resolveAppUrl('/r', 'app://puente/%2e%2e/%2e%2e/etc/passwd')).toBe('/r/etc/passwd');
  expect(resolveAppUrl('/r', 'app://puente//etc/passwd')).toBe('/r/etc/passwd');
});

describe('only the app frame may call the main side or be navigated to', () => {
  test('the app origin is accepted', () => expect(isAppFrame('app://puente/index.html')).toBe(true));
  test.each(['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', '', undefined, 'not a url'])('%s is refused', (url) => {
    expect(isAppFrame(url)).toBe(false);
    if (url) expect(mayNavigate(url)).toBe(false);
  });
  test('new windows are always denied', () => expect(windowOpenAction()).toEqual({ action: 'deny' }));
});

test('the main window is isolated, sandboxed and has no Node integration', () => {
  const w = mainWindowOptions('/app/out/main').webPreferences;
  expect(w).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  expect(w.preload).toBe('/app/out/main/preload.cjs');
});
