// Maps an app:// URL to a file inside the built renderer, refusing traversal (Electron checklist: custom protocol).
import nodePath, { type PlatformPath } from 'node:path';

/**
 * The file under `root` that `url` names, or null when it would leave `root`. `path` is the platform's path module;
 * tests pass `path.win32` to check drive letters and backslashes on any OS.
 */
export function resolveAppUrl(root: string, url: string, path: PlatformPath = nodePath): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  // NUL ends a path in C; a colon is a drive (C:foo) or an NTFS stream (file:stream). The renderer build has neither.
  if (pathname.includes('\0') || pathname.includes(':')) return null;
  const rel = path.normalize(pathname.replace(/^\/+/, '') || 'index.html');
  if (path.isAbsolute(rel)) return null;
  const full = path.join(root, rel);
  const back = path.relative(root, full);
  if (back === '..' || back.startsWith('..' + path.sep) || path.isAbsolute(back)) return null;
  return full;
}
