// Spec (issue 13): a failed write names what is really wrong with the place — a missing folder, one that cannot be
// written, a read-only disk, a full disk, a name too long — never "the folder does not exist" for a folder that is
// there. Real failures where this machine can make them (as root or not), the wording of every class by code.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { writeAtomic, WriteError } from '../../../main/files/write-atomic';
import { describeWriteFailure, errorCode, writeFailureReason } from '../../../main/files/write-failure';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-fail-words-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

async function failure(path: string): Promise<WriteError> {
  const err = await writeAtomic(path, (out) => void out.end('x')).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(WriteError);
  return err as WriteError;
}

test('a missing folder says so', async () => {
  const out = join(dir, 'missing', 'deck.pdf');
  expect((await failure(out)).message).toBe(`Cannot write ${out}: the folder does not exist`);
});

test('/proc exists but takes no new files: never "does not exist", whichever errno this user meets there', async () => {
  // Root gets ENOENT creating a file in /proc, anyone else EACCES: both are about a folder that is there.
  const err = await failure('/proc/nope.pdf');
  expect(err.message).not.toMatch(/does not exist/);
  const code = errorCode(err.cause);
  expect(['ENOENT', 'EACCES', 'EPERM', 'EROFS']).toContain(code);
  expect(err.message).toMatch(
    code === 'ENOENT' ? /^Cannot write \/proc\/nope\.pdf: that folder does not accept new files/ : /^Cannot write \/proc\/nope\.pdf: (you do not have permission|the folder is on a read-only)/,
  );
});

test('/sys refuses even root: a system folder to root, "no permission" to anyone else, never "does not exist"', async () => {
  const err = await failure('/sys/nope.pdf');
  expect(['EACCES', 'EPERM', 'EROFS']).toContain(errorCode(err.cause));
  const why = isRoot ? 'that folder does not accept new files \\(it is a system folder' : 'you do not have permission to write in that folder';
  expect(err.message).toMatch(new RegExp(`^Cannot write /sys/nope\\.pdf: (${why}|the folder is on a read-only)`));
});

test('a refusal to an administrator is the system\'s, not a missing permission', () => {
  for (const code of ['EACCES', 'EPERM']) {
    expect(writeFailureReason(code, 'create', true)).toMatch(/does not accept new files/);
    expect(writeFailureReason(code, 'create', false)).toMatch(/you do not have permission/);
    expect(writeFailureReason(code, 'folder', true)).toMatch(/you do not have permission/);
  }
});

test.skipIf(isRoot)('a folder without write permission says so, and nothing is left in it', async () => {
  chmodSync(dir, 0o555);
  const out = join(dir, 'deck.pdf');
  expect((await failure(out)).message).toBe(`Cannot write ${out}: you do not have permission to write in that folder`);
  expect(statSync(dir).mode & 0o777).toBe(0o555);
  expect(readdirSync(dir)).toEqual([]);
});

test('a file where a folder should be says so', async () => {
  writeFileSync(join(dir, 'plain'), 'x');
  const out = join(dir, 'plain', 'deck.pdf');
  expect((await failure(out)).message).toBe(`Cannot write ${out}: part of the folder path is a file, not a folder`);
});

test('a name longer than the file system allows says so', async () => {
  const out = join(dir, `${'a'.repeat(300)}.pdf`);
  expect((await failure(out)).message).toBe(`Cannot write ${out}: the file name or folder path is too long; choose a shorter name`);
  expect(readdirSync(dir)).toEqual([]);
});

test('each errno class names its own cause, at any step', () => {
  const cases: [string, RegExp][] = [
    ['EACCES', /do not have permission/],
    ['EPERM', /do not have permission/],
    ['EROFS', /read-only disk or file system/],
    ['ENOSPC', /disk is full/],
    ['EDQUOT', /quota/],
    ['ENAMETOOLONG', /too long/],
    ['ENOTDIR', /is a file, not a folder/],
    ['EISDIR', /a folder with that name/],
    ['ELOOP', /loop/],
    ['EIO', /read or write error/],
    ['EBUSY', /in use/],
    ['EMFILE', /too many files/],
    ['EFBIG', /larger than that disk accepts/],
    ['EINVAL', /does not accept that file name/],
  ];
  for (const step of ['folder', 'create', 'write'] as const) {
    for (const [code, words] of cases) expect(writeFailureReason(code, step), `${code} at ${step}`).toMatch(words);
  }
  // No class but a missing folder says the folder does not exist.
  for (const [code] of cases) expect(writeFailureReason(code, 'create')).not.toMatch(/does not exist/);
});

test('ENOENT means a missing folder only while the folder is being looked for', () => {
  expect(writeFailureReason('ENOENT', 'folder')).toBe('the folder does not exist');
  expect(writeFailureReason('ENOENT', 'create')).toMatch(/does not accept new files/);
  expect(writeFailureReason('ENOENT', 'write')).toMatch(/removed while the file was being written/);
});

test('an unknown code or a plain error falls back on its own message', () => {
  expect(writeFailureReason('EWHATEVER', 'write')).toBeUndefined();
  expect(describeWriteFailure('/x.pdf', Object.assign(new Error('odd failure'), { code: 'EWHATEVER' }))).toBe('Cannot write /x.pdf: odd failure');
  expect(describeWriteFailure('/x.pdf', 'broken')).toBe('Cannot write /x.pdf: broken');
});
