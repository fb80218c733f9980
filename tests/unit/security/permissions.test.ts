// The session's permission handler: the app's own page may go full screen; nothing else is granted to anyone.
import { expect, test } from 'vitest';
import { mayGrantPermission } from '../../../main/security/permissions';

test('the app page may go full screen (the F key)', () => {
  expect(mayGrantPermission('fullscreen', 'app://puente/index.html')).toBe(true);
  expect(mayGrantPermission('fullscreen', 'app://puente/index.html#presenter')).toBe(true);
});

test.each([
  'media',
  'geolocation',
  'notifications',
  'openExternal',
  'clipboard-read',
  'display-capture',
  'midiSysex',
  'pointerLock',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'unknown',
])('%s is refused even to the app page', (permission) => {
  expect(mayGrantPermission(permission, 'app://puente/index.html')).toBe(false);
});

test.each(['https://example.com/', 'file:///tmp/x.html', 'app://evil/index.html', undefined, ''])(
  'full screen is refused to %s',
  (url) => {
    expect(mayGrantPermission('fullscreen', url)).toBe(false);
  },
);
