// Writes a file by streaming to a temp file in the target folder and renaming it, so a failure never leaves a
// half-written file and never damages a file already at the target path.
import { createWriteStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/** A failure writing `path`, worded for a briefer. */
export class WriteError extends Error {
  constructor(readonly path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WriteError';
  }
}

/** A sentence for a file-system error code met while writing `path`. */
export function describeWriteFailure(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT' ? 'the folder does not exist'
    : code === 'ENOTDIR' ? 'part of the folder path is a file, not a folder'
    : code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to write in that folder'
    : code === 'EROFS' ? 'the disk is read-only'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'EISDIR' ? 'a folder with that name is already there'
    : (err as Error | undefined)?.message ?? String(err);
  return `Cannot write ${path}: ${why}`;
}

/**
 * Calls `produce` with a stream to a temp file next to `path`; `produce` must end the stream. When it has finished,
 * the temp file replaces `path`. On any error the temp file is removed and a WriteError is thrown.
 */
export async function writeAtomic(path: string, produce: (out: Writable) => void | Promise<void>): Promise<void> {
  const dir = dirname(path);
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (e) {
    throw new WriteError(path, describeWriteFailure(path, e), { cause: e });
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const out = createWriteStream(temp, { flags: 'wx' });
  // Open before drawing: the temp file must exist (and be ours) before any cleanup can remove it.
  try {
    await once(out, 'ready');
  } catch (e) {
    throw new WriteError(path, describeWriteFailure(path, e), { cause: e });
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
    await rename(temp, path);
  } catch (e) {
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    await unlink(temp).catch(() => undefined);
    throw e instanceof WriteError ? e : new WriteError(path, describeWriteFailure(path, e), { cause: e });
  }
}
