// Maps an app:// URL to a file inside the built renderer, refusing traversal (Electron checklist: custom protocol).
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/** The file under `root` that `url` names, or null when it would leave `root`. */
export function resolveAppUrl(root: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const rel = normalize(pathname.replace(/^\/+/, '') || 'index.html');
  if (isAbsolute(rel)) return null;
  const full = join(root, rel);
  const back = relative(root, full);
  if (back === '..' || back.startsWith('..' + sep) || isAbsolute(back)) return null;
  return full;
}
