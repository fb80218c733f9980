// The session's request filter: Puente loads its own files and nothing from any network or disk location.
import { expect, test } from 'vitest';
import { isAllowedRequest } from '../../../main/security/request-filter';

test.each([
  'app://puente/index.html',
  'app://puente/assets/index-abc.js',
  'app://puente/',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:image/svg+xml;base64,PHN2Zy8+',
  'devtools://devtools/bundled/devtools_app.html',
])('%s is allowed', (url) => {
  expect(isAllowedRequest(url)).toBe(true);
});

test.each([
  'http://example.com/',
  'https://example.com/font.woff2',
  'http://127.0.0.1:8080/',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'ftp://example.com/file',
  'blob:app://puente/0d6c3e2a',
  'data:text/html,<script>alert(1)</script>',
  'data:application/javascript,alert(1)',
  'javascript:alert(1)',
  'app://evil/index.html',
  'app://puente.evil/index.html',
  'app://user@puente/index.html',
  'app://puente:8080/index.html',
  'chrome://settings',
  'about:blank',
  '',
  'not a url',
])('%s is refused', (url) => {
  expect(isAllowedRequest(url)).toBe(false);
});
