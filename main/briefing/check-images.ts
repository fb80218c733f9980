// Checks that every image a slide names is a relative path to a real image file inside the pack folder (symlinks
// included), small enough to show.
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { IMAGE_KIND_NAMES, imageKindOf, printImageOf, type ImageKind } from '../images/image-kinds';
import type { Problem } from '../model/problems';
import type { ErrorAt } from './check-references';
import { asString, slidesOf } from './walk';

/** The largest image Puente reads: the renderer gets it whole, as a data URL, over IPC. */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

// `rel.startsWith('..')` alone would also refuse a file inside the pack named like `..notes.png`.
const inside = (root: string, target: string): boolean => {
  const rel = relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** The file a pack image path names, or undefined when the path leaves the pack (a lexical check; links are checked
 *  when the pack loads). For drawing an image of a pack that has loaded. */
export function packImagePath(packDir: string, image: string): string | undefined {
  const file = resolve(packDir, image);
  return inside(resolve(packDir), file) ? file : undefined;
}

/** The MIME type of an image path Puente shows (by its extension), or undefined for any other file. */
export const imageMimeOf = (path: string): string | undefined => imageKindOf(path)?.mime;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

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
  if (!imageKindOf(image)) return `image "${image}" is not an image type Puente shows (${IMAGE_KIND_NAMES})`;
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return `image "${image}" not found in the pack folder`;
  }
  // A symlink may lead out of the pack even when the written path does not.
  if (!inside(realPack, real)) return `image "${image}" leads outside the pack folder (through a link to ${real})`;
  try {
    const info = await stat(real);
    if (!info.isFile()) return `image "${image}" is not a file`;
    if (info.size > MAX_IMAGE_BYTES) {
      return `image "${image}" is ${megabytes(info.size)}; images may be at most ${megabytes(MAX_IMAGE_BYTES)} (make it smaller)`;
    }
  } catch {
    return `image "${image}" cannot be read`;
  }
  return undefined;
}

/** One error per slide whose `image` is absolute, escapes the pack, is missing, too big, or not an image type. */
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

// A verdict per file version, so reloading a pack on every save does not decode unchanged images again.
const verdicts = new Map<string, Promise<string | undefined>>();
const MAX_VERDICTS = 512;

/** Why the file cannot be printed (from its kind's print form), or undefined when it can. */
async function printProblem(file: string, kind: ImageKind): Promise<string | undefined> {
  const info = await stat(file);
  const key = `${kind.name}\0${file}\0${info.size}\0${info.mtimeMs}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = readFile(file).then(
      (bytes) => printImageOf(bytes, kind).then(() => undefined, (e: unknown) => (e instanceof Error ? e.message : String(e))),
      () => 'it cannot be read',
    );
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * One error per slide whose image file cannot be turned into what print draws (a text file named `.png`, a
 * truncated GIF, an SVG that is not well-formed): the screen would show a broken image and every PDF would fail.
 * Only images that passed `checkImages` are opened.
 */
export async function checkImageContents(data: unknown, packDir: string, errorAt: ErrorAt): Promise<Problem[]> {
  const realPack = await realpath(packDir).catch(() => resolve(packDir));
  const out: Problem[] = [];
  for (const { slide, path } of slidesOf(data)) {
    const image = asString(slide['image']);
    const kind = imageKindOf(image ?? '');
    if (image === undefined || !kind || (await problemWith(image, resolve(packDir), realPack)) !== undefined) continue;
    const why = await printProblem(await realpath(resolve(packDir, image)), kind).catch(() => 'it cannot be read');
    if (why !== undefined) out.push(errorAt([...path, 'image'], `image "${image}" cannot be shown or printed: ${why}`));
  }
  return out;
}
