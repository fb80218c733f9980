// Decides which file a write to a path the user chose really replaces: the path itself, or the file a symbolic link
// at that path leads to — and refuses anything that is not a plain file (a named pipe, a device, a socket, a folder).
import { lstat, readlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Linux and macOS give up after 40 links (SYMLOOP_MAX); a longer chain is almost certainly a loop. */
const MAX_LINKS = 40;

/** Where a write to a user's path lands. */
export interface OutputTarget {
  /** The file to replace: `path` itself, or the end of the symbolic links at `path` (absolute). */
  file: string;
  /** The plain file now at `file`, if there is one (its permissions are kept); null when `file` does not exist yet. */
  existing: Stats | null;
  /** True when `path` is a symbolic link (kept as it is; the file it leads to is written). */
  throughLink: boolean;
}

/** Why a path cannot be written, as a sentence about that path (without the leading "Cannot write PATH: "). */
export class UnwritableTarget extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(reason);
    this.name = 'UnwritableTarget';
  }
}

/** What a file that is not a plain file is, in a briefer's words. */
function describeKind(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a plain file';
}

/**
 * Follows the symbolic links at `path` (absolute or relative to the working folder) to the file a write should
 * replace. A dangling link — its target missing — gives that target, to be created: a user who points
 * `handout.pdf` at `/shared/briefings/june.pdf` before the first export expects the PDF to appear there, the link to
 * keep working, and the share to get it (as `cp` and the shell's `>` do); replacing the link with a plain file would
 * silently leave the share without it.
 *
 * Throws UnwritableTarget when the path (or the end of its links) is a folder, a named pipe, a device, a socket or
 * another kind of file that is not a plain file, or when the links go round in a loop. Other file-system errors
 * (a missing folder, no permission) are thrown as they are, for the caller to word.
 */
export async function resolveOutputTarget(path: string): Promise<OutputTarget> {
  let file = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let s: Stats;
    try {
      s = await lstat(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { file, existing: null, throughLink: hops > 0 };
      throw e;
    }
    if (s.isSymbolicLink()) {
      file = resolve(dirname(file), await readlink(file));
      continue;
    }
    if (!s.isFile()) {
      const what = describeKind(s);
      const where = hops > 0 ? `it is a symbolic link to ${file}, which is ${what}` : `it is ${what}`;
      throw new UnwritableTarget(path, `${where}, not a plain file; choose another file name`);
    }
    return { file, existing: s, throughLink: hops > 0 };
  }
  throw new UnwritableTarget(path, 'it is a symbolic link that leads round in a loop; choose another file name');
}
