// Keeps Puente offline: the session's request filter lets through only the app's own files (Electron security
// checklist #1 "Only load secure content" — here, only bundled content — and DESIGN.md "no network at run time").
import { APP_ORIGIN } from './sender';

/**
 * Whether the session may load `url`. Allowed: the app's own origin; `data:image/…` (pack images reach the renderer
 * as data URLs from the readImage handler); `devtools:` (the developer tools' own pages, only when opened).
 * Everything else — http(s), ws(s), file, ftp, blob, another app:// host — is refused.
 */
export function isAllowedRequest(url: string, origin = APP_ORIGIN): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'app:':
      // Compare the whole origin, and refuse userinfo, so app://puente.evil/ and app://x@puente/ do not pass.
      return `${parsed.protocol}//${parsed.host}` === origin && parsed.username === '' && parsed.password === '';
    case 'data:':
      return /^data:image\//i.test(url);
    case 'devtools:':
      return true;
    default:
      return false;
  }
}
