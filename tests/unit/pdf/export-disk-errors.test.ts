// Spec: the disk refusing the file — no permission (tests run as root here, so chmod cannot show it) or full —
// is a sentence naming the file and the reason, and leaves no temp file and the previous file untouched.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ExportError, exportPdf } from '../../../main/pdf/export';
import { allLayouts, writePicture } from './all-layouts';

/** The error the next temp-file stream meets: when it opens, or on its first write after 2 kB (the disk fills). */
const failure = vi.hoisted(() => ({ when: undefined as 'open' | 'write' | undefined, code: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const createWriteStream = ((path: string, options?: unknown) => {
    const stream = real.createWriteStream(path, options as Parameters<typeof real.createWriteStream>[1]);
    const err = (): NodeJS.ErrnoException => Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code });
    if (failure.when === 'open') process.nextTick(() => stream.destroy(err()));
    if (failure.when === 'write') {
      let written = 0;
      const write = stream._write.bind(stream);
      stream._write = (chunk: Buffer, encoding: BufferEncoding, cb: (e?: Error | null) => void) => {
        written += chunk.length;
        if (written > 2048) return cb(err());
        return write(chunk, encoding, cb);
      };
      // Several buffered chunks arrive together through _writev: fail those the same way.
      stream._writev = (chunks: { chunk: Buffer }[], cb: (e?: Error | null) => void) => {
        written += chunks.reduce((n, c) => n + c.chunk.length, 0);
        if (written > 2048) return cb(err());
        return write(Buffer.concat(chunks.map((c) => c.chunk)), 'binary', cb);
      };
    }
    return stream;
  }) as typeof real.createWriteStream;
  return { ...real, createWriteStream, default: { ...real, createWriteStream } };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-disk-'));
  writePicture(dir);
  writeFileSync(join(dir, 'deck.pdf'), 'the previous export');
});
afterEach(() => {
  failure.when = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const attempt = (): Promise<unknown> =>
  exportPdf(allLayouts(), { layout: 'handout-3', lang: 'en', outPath: join(dir, 'deck.pdf'), packDir: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );

test.each([
  ['open', 'EACCES', 'you do not have permission to write in that folder'],
  ['open', 'EROFS', 'the folder is on a read-only disk or file system; choose a folder on a writable disk'],
  ['write', 'ENOSPC', 'the disk is full; free some space or choose another disk'],
  ['write', 'EDQUOT', 'your disk quota is used up; free some space or choose another disk'],
  ['write', 'EIO', 'the disk reported a read or write error (it may be failing, or was removed)'],
] as const)('a temp file that fails on %s with %s says why; the previous file stays and no temp file is left', async (when, code, why) => {
  failure.when = when;
  failure.code = code;
  const err = await attempt();
  expect(err).toBeInstanceOf(ExportError);
  expect((err as ExportError).message).toBe(`Cannot write ${join(dir, 'deck.pdf')}: ${why}`);
  expect(readFileSync(join(dir, 'deck.pdf'), 'utf8')).toBe('the previous export');
  expect(readdirSync(dir).sort()).toEqual(['deck.pdf', 'map.png']);
});

test('without a simulated failure the same export succeeds (so the cases above fail for the reason they name)', async () => {
  expect(await attempt()).toBeUndefined();
  expect(readFileSync(join(dir, 'deck.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
});
