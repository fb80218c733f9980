// Checks that every image a slide names is a relative path that exists inside the pack folder (symlinks included).
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Problem } from '../model/problems';
import type { ErrorAt } from './check-references';
import { asString, slidesOf } from './walk';

const inside = (root: string, target: string): boolean => {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The real path of a pack image, or why it may not be read; shared by the loader and the image IPC handler. */
export async function resolvePackImage(image: string, packDir: string): Promise<{ file: string } | { problem: string }> {
  const realPack = await realpath(packDir).catch(() => resolve(packDir));
  const problem = await problemWith(image, resolve(packDir), realPack);
  return problem === undefined ? { file: await realpath(resolve(packDir, image)) } : { problem };
}

async function problemWith(image: string, packDir: string, realPack: string): Promise<string | undefined> {
  if (isAbsolute(image) || /^[a-zA-Z]:[\\/]/.test(image)) return `image path "${image}" must be relative to the pack folder, not absolute`;
  const target = resolve(packDir, image);
  if (!inside(packDir, target)) return `image "${image}" is outside the pack folder; keep images inside it`;
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return `image "${image}" not found in the pack folder`;
  }
  // A symlink may lead out of the pack even when the written path does not.
  if (!inside(realPack, real)) return `image "${image}" leads outside the pack folder (through a link to ${real})`;
  if (!(await stat(real)).isFile()) return `image "${image}" is not a file`;
  return undefined;
}

/** One error per slide whose `image` is absolute, escapes the pack, or does not exist. */
export async function checkImages(data: unknown, packDir: string, errorAt: ErrorAt): Promise<Problem[]> {
  const realPack = await realpath(packDir).catch(() => resolve(packDir));
  const out: Problem[] = [];
  for (const { slide, path } of slidesOf(data)) {
    const image = asString(slide['image']);
    if (image === undefined || image.length === 0) continue;
    const message = await problemWith(image, resolve(packDir), realPack);
    if (message !== undefined) out.push(errorAt([...path, 'image'], message));
  }
  return out;
}
