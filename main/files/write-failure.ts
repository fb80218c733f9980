// Words a file-system error met while writing a file the user chose, as what is really wrong with that place: the
// same errno means different things at different steps (ENOENT from a folder that exists but takes no new files,
// such as /proc, is not a missing folder), so the step is part of the question.

/**
 * Where the write was when it failed: `folder` — finding the folder and what is at the path; `create` — making the
 * new file in a folder that exists; `write` — drawing into it, replacing the old file.
 */
export type WriteStep = 'folder' | 'create' | 'write';

const FOLDER_CODES: Readonly<Record<string, string>> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the folder path is a file, not a folder',
  ELOOP: 'the folder path has symbolic links that lead round in a loop',
};

const ANY_STEP: Readonly<Record<string, string>> = {
  ...FOLDER_CODES,
  EACCES: 'you do not have permission to write in that folder',
  EPERM: 'you do not have permission to write in that folder',
  EROFS: 'the folder is on a read-only disk or file system; choose a folder on a writable disk',
  ENOSPC: 'the disk is full; free some space or choose another disk',
  EDQUOT: 'your disk quota is used up; free some space or choose another disk',
  ENAMETOOLONG: 'the file name or folder path is too long; choose a shorter name',
  EISDIR: 'a folder with that name is already there',
  EFBIG: 'the file is larger than that disk accepts for one file',
  EINVAL: 'the disk does not accept that file name (some disks refuse characters such as : * ? " < > |)',
  EIO: 'the disk reported a read or write error (it may be failing, or was removed)',
  EBUSY: 'the file is in use by another program; close it and try again',
  ETXTBSY: 'the file is in use by another program; close it and try again',
  EMFILE: 'too many files are open; close some programs and try again',
  ENFILE: 'too many files are open; close some programs and try again',
};

/** The code of a Node file-system error (`ENOENT`…), or undefined for any other value. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

const SYSTEM_FOLDER = 'that folder does not accept new files (it is a system folder, such as /proc); choose a folder of your own';

/**
 * Why the write failed, as a clause about the place (no leading "Cannot write PATH: "); undefined for a code this
 * does not know, for the caller to fall back on the error's own message.
 */
export function writeFailureReason(code: string | undefined, step: WriteStep, admin = false): string | undefined {
  if (code === undefined) return undefined;
  // An administrator (root) has every permission a folder can give: a refusal then comes from the system (/sys).
  if ((code === 'EACCES' || code === 'EPERM') && step === 'create' && admin) return SYSTEM_FOLDER;
  // The folder was there and could be searched: a "no such file" now means it refuses new files (a system folder
  // such as /proc, where even root cannot create one) or vanished while the file was being written.
  if (code === 'ENOENT' && step === 'create') return SYSTEM_FOLDER;
  if (code === 'ENOENT' && step === 'write') return 'the folder was removed while the file was being written';
  return ANY_STEP[code];
}

/** A sentence for a file-system error met at `step` while writing `path`: "Cannot write PATH: why". */
export function describeWriteFailure(path: string, err: unknown, step: WriteStep = 'folder'): string {
  const why = writeFailureReason(errorCode(err), step, process.getuid?.() === 0) ?? (err instanceof Error ? err.message : String(err));
  return `Cannot write ${path}: ${why}`;
}
