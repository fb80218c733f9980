// The app:// protocol handler never serves a file outside the built renderer, whatever the URL spells.
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { resolveAppUrl } from '../../../main/security/protocol-path';

describe('on POSIX, absolute and encoded paths stay inside the renderer folder or are refused', () => {
  test.each([
    ['app://puente//etc/passwd', '/r/etc/passwd'],
    ['app://puente/%2Fetc%2Fpasswd', '/r/etc/passwd'],
    ['app://puente///etc/shadow', '/r/etc/shadow'],
    ['app://puente/assets/..%2f..%2findex.html', null],
    ['app://puente/..%2f..%2f..%2fetc%2fpasswd', null],
    ['app://puente/%2e%2e%2f%2e%2e%2fetc%2fpasswd', null],
    ['app://puente/C:%5CWindows%5Cwin.ini', null],
    ['app://puente/C:/Windows/win.ini', null],
    ['app://puente/index.html%00.png', null],
    ['app://puente/%E0%A4%A', null], // malformed percent-encoding
  ])('%s → %s', (url, expected) => {
    expect(resolveAppUrl('/r', url, path.posix)).toBe(expected);
  });
});

describe('on Windows, drive letters, UNC paths and backslashes are refused', () => {
  const root = 'C:\\Puente\\resources\\renderer';
  test('a plain path maps inside the root', () => {
    expect(resolveAppUrl(root, 'app://puente/assets/x.js', path.win32)).toBe(`${root}\\assets\\x.js`);
  });
  test.each([
    'app://puente/C:%5CWindows%5Cwin.ini',
    'app://puente/C:/Windows/win.ini',
    'app://puente//C:/Windows/win.ini',
    'app://puente/D:secret.txt',
    'app://puente/%5C%5Cserver%5Cshare%5Cfile',
    'app://puente/%5CWindows%5Cwin.ini',
    'app://puente/..%5C..%5C..%5CWindows%5Cwin.ini',
    'app://puente/assets%5C..%5C..%5C..%5Csecret',
    'app://puente/..%2f..%2fsecret',
    'app://puente/index.html::$DATA',
  ])('%s is refused', (url) => {
    expect(resolveAppUrl(root, url, path.win32)).toBeNull();
  });
});
