// Writes a file by streaming to a temp file in the target folder and renaming it, so a failure never leaves a
// half-written file and never damages a file already at the target path. A symbolic link is written through (the
// file it leads to is replaced, the link kept); a folder, pipe, device or socket is refused before anything is drawn.
import { createWriteStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chmod, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { resolveOutputTarget, UnwritableTarget, type OutputTarget } from './output-target';
import { describeWriteFailure } from './write-failure';

export { describeWriteFailure } from './write-failure';

/** A failure writing `path`, worded for a briefer. */
export class WriteError extends Error {
  constructor(readonly path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WriteError';
  }
}

/**
 * Calls `produce` with a stream to a temp file beside the file `path` names; `produce` must end the stream. When it
 * has finished, the temp file replaces that file. When `path` is a symbolic link (or a chain of them), the file it
 * leads to is the one replaced — the temp file is made in that file's folder so the rename stays atomic — and the
 * link is kept; a dangling link creates its target (see resolveOutputTarget). The permissions of a file replaced
 * are kept. Resolves once `path` opens the complete new file.
 *
 * Throws WriteError (nothing drawn, nothing left behind) when `path` is a folder, a named pipe, a device, a socket
 * or a link to one, when a folder is missing or not writable, or when `produce` or the disk fails.
 */
export async function writeAtomic(path: string, produce: (out: Writable) => void | Promise<void>): Promise<void> {
  let target: OutputTarget;
  try {
    target = await resolveOutputTarget(path);
  } catch (e) {
    throw new WriteError(path, e instanceof UnwritableTarget ? `Cannot write ${path}: ${e.reason}` : describeWriteFailure(path, e), { cause: e });
  }
  const file = target.file;
  const dir = dirname(file);
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (e) {
    throw new WriteError(path, describeWriteFailure(target.throughLink ? `${path} (a symbolic link to ${file})` : path, e), { cause: e });
  }
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const out = createWriteStream(temp, { flags: 'wx' });
  // Open before drawing: the temp file must exist (and be ours) before any cleanup can remove it.
  try {
    await once(out, 'ready');
  } catch (e) {
    throw new WriteError(path, describeWriteFailure(path, e, 'create'), { cause: e });
  }
  // 'close' after 'finish' means every byte reached the disk and the descriptor is released.
  const finished = new Promise<void>((res, rej) => {
    out.once('error', rej);
    out.once('close', () => (out.writableFinished ? res() : rej(new Error('the file was not completely written'))));
  });
  // The stream may fail (a full disk) while `produce` is still drawing, long before `finished` is awaited: mark the
  // rejection handled now, or Node reports it as unhandled (and a CLI or worker would die on it) before we get there.
  finished.catch(() => undefined);
  try {
    await produce(out);
    await finished;
    // A shared file keeps who may read and write it (a new file gets the usual permissions).
    if (target.existing) await chmod(temp, target.existing.mode & 0o7777);
    const written = await stat(temp);
    await rename(temp, file);
    // The claim "wrote PATH" must hold for the path the user opens: if the links at `path` changed while drawing,
    // say so rather than report a file that `path` does not lead to.
    const opened = await stat(path);
    if (opened.ino !== written.ino || opened.dev !== written.dev) {
      throw new WriteError(path, `Cannot write ${path}: it changed while the file was being written (now it does not lead to ${file}); export again`);
    }
  } catch (e) {
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    await unlink(temp).catch(() => undefined);
    throw e instanceof WriteError ? e : new WriteError(path, describeWriteFailure(path, e, 'write'), { cause: e });
  }
}
