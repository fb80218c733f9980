// Spec (issue 10): writing to a path that is not a plain file. A symbolic link is written through — the file it leads
// to replaced atomically, the link kept; a dangling link creates its target; a named pipe, a socket, a folder or a
// link to one is refused with a sentence naming the path, before anything is drawn, leaving everything as it was.
import { chmodSync, constants, closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { writeAtomic, WriteError } from '../../../main/files/write-atomic';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-write-'));
});

const write = (path: string, text: string) => writeAtomic(path, (out) => void out.end(text));

/** The error writeAtomic throws for `path`, checking nothing was drawn. */
async function refusal(path: string): Promise<WriteError> {
  const produce = vi.fn((out: NodeJS.WritableStream) => void out.end('never'));
  const err = await writeAtomic(path, produce).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(WriteError);
  expect(produce).not.toHaveBeenCalled();
  return err as WriteError;
}

test('a plain file is replaced and keeps its permissions', async () => {
  const file = join(dir, 'b.pdf');
  writeFileSync(file, 'old');
  chmodSync(file, 0o640);
  await write(file, 'new');
  expect(readFileSync(file, 'utf8')).toBe('new');
  expect(statSync(file).mode & 0o777).toBe(0o640);
  expect(readdirSync(dir)).toEqual(['b.pdf']);
});

test('a symbolic link is written through: the file it leads to is replaced, the link kept', async () => {
  mkdirSync(join(dir, 'shared'));
  mkdirSync(join(dir, 'mine'));
  const shared = join(dir, 'shared', 'june.pdf');
  writeFileSync(shared, 'stale');
  chmodSync(shared, 0o664);
  const link = join(dir, 'mine', 'link.pdf');
  symlinkSync('../shared/june.pdf', link); // relative: read from the link's own folder
  await write(link, 'fresh');
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe('../shared/june.pdf');
  expect(readFileSync(shared, 'utf8')).toBe('fresh');
  expect(statSync(shared).mode & 0o777).toBe(0o664);
  // The temp file lived (and died) beside the target, not beside the link.
  expect(readdirSync(join(dir, 'shared'))).toEqual(['june.pdf']);
  expect(readdirSync(join(dir, 'mine'))).toEqual(['link.pdf']);
});

test('a chain of symbolic links is followed to its end', async () => {
  const real = join(dir, 'real.pdf');
  writeFileSync(real, 'stale');
  symlinkSync(real, join(dir, 'middle.pdf'));
  symlinkSync(join(dir, 'middle.pdf'), join(dir, 'first.pdf'));
  await write(join(dir, 'first.pdf'), 'fresh');
  expect(readFileSync(real, 'utf8')).toBe('fresh');
  expect(lstatSync(join(dir, 'first.pdf')).isSymbolicLink()).toBe(true);
  expect(lstatSync(join(dir, 'middle.pdf')).isSymbolicLink()).toBe(true);
});

test('a dangling symbolic link whose folder exists creates its target and stays a link', async () => {
  mkdirSync(join(dir, 'shared'));
  const link = join(dir, 'latest.pdf');
  symlinkSync(join(dir, 'shared', 'first-export.pdf'), link);
  await write(link, 'pdf');
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readFileSync(join(dir, 'shared', 'first-export.pdf'), 'utf8')).toBe('pdf');
});

test('a dangling symbolic link into a missing folder is refused, naming the link and its target', async () => {
  const link = join(dir, 'latest.pdf');
  const target = join(dir, 'gone', 'x.pdf');
  symlinkSync(target, link);
  const err = await refusal(link);
  expect(err.message).toBe(`Cannot write ${link} (a symbolic link to ${target}): the folder does not exist`);
  expect(readlinkSync(link)).toBe(target);
});

test('a named pipe is refused and left a pipe', async () => {
  const fifo = join(dir, 'pipe.pdf');
  execFileSync('mkfifo', [fifo]);
  // A reader opened without waiting: should anything ever open the pipe to write, it cannot hang this test.
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const err = await refusal(fifo);
    expect(err.message).toBe(`Cannot write ${fifo}: it is a named pipe, not a plain file; choose another file name`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe.pdf']);
  } finally {
    closeSync(reader);
  }
});

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((res) => (server ? server.close(() => res()) : res()));
  server = undefined;
});

test('a socket is refused', async () => {
  const sock = join(dir, 's.pdf');
  server = createServer();
  await new Promise<void>((res) => server!.listen(sock, res));
  const err = await refusal(sock);
  expect(err.message).toBe(`Cannot write ${sock}: it is a socket, not a plain file; choose another file name`);
  expect(lstatSync(sock).isSocket()).toBe(true);
});

test('a folder is refused and left as it was', async () => {
  const folder = join(dir, 'out.pdf');
  mkdirSync(folder);
  writeFileSync(join(folder, 'keep'), 'x');
  const err = await refusal(folder);
  expect(err.message).toBe(`Cannot write ${folder}: it is a folder, not a plain file; choose another file name`);
  expect(readdirSync(folder)).toEqual(['keep']);
});

test('a symbolic link to a named pipe or a folder is refused, naming both', async () => {
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    symlinkSync(fifo, join(dir, 'to-pipe.pdf'));
    const err = await refusal(join(dir, 'to-pipe.pdf'));
    expect(err.message).toBe(`Cannot write ${join(dir, 'to-pipe.pdf')}: it is a symbolic link to ${fifo}, which is a named pipe, not a plain file; choose another file name`);
  } finally {
    closeSync(reader);
  }
  mkdirSync(join(dir, 'folder'));
  symlinkSync('folder', join(dir, 'to-folder.pdf'));
  const err = await refusal(join(dir, 'to-folder.pdf'));
  expect(err.message).toContain(`it is a symbolic link to ${join(dir, 'folder')}, which is a folder`);
});

test('symbolic links that lead round in a loop are refused', async () => {
  symlinkSync(join(dir, 'b.pdf'), join(dir, 'a.pdf'));
  symlinkSync(join(dir, 'a.pdf'), join(dir, 'b.pdf'));
  const err = await refusal(join(dir, 'a.pdf'));
  expect(err.message).toBe(`Cannot write ${join(dir, 'a.pdf')}: it is a symbolic link that leads round in a loop; choose another file name`);
});

test('a failure while drawing through a link leaves the target and the link as they were', async () => {
  const real = join(dir, 'real.pdf');
  writeFileSync(real, 'kept');
  symlinkSync(real, join(dir, 'link.pdf'));
  const err = await writeAtomic(join(dir, 'link.pdf'), () => {
    throw new Error('drawing failed');
  }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(WriteError);
  expect(readFileSync(real, 'utf8')).toBe('kept');
  expect(lstatSync(join(dir, 'link.pdf')).isSymbolicLink()).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(['link.pdf', 'real.pdf']);
});
