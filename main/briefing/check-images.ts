// Checks that every image a slide names is a relative path to a real image file inside the pack folder (symlinks
// included), small enough to show.
import { open, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
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

/** How each image type Puente shows starts, so a renamed text file is caught before the renderer gets it. */
const IMAGE_KINDS: Record<string, { name: string; mime: string; starts: (head: Buffer) => boolean }> = {
  '.png': { name: 'PNG', mime: 'image/png', starts: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  '.jpg': { name: 'JPEG', mime: 'image/jpeg', starts: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  '.jpeg': { name: 'JPEG', mime: 'image/jpeg', starts: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  '.gif': { name: 'GIF', mime: 'image/gif', starts: (h) => /^GIF8[79]a/.test(h.toString('latin1', 0, 6)) },
  '.webp': { name: 'WebP', mime: 'image/webp', starts: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP' },
  // SVG is text: it must at least open with markup (after an optional BOM and white space).
  '.svg': { name: 'SVG', mime: 'image/svg+xml', starts: (h) => /^(\uFEFF)?\s*</.test(h.toString('utf8')) },
};

/** The MIME type of an image path Puente shows (by its extension), or undefined for any other file. */
export const imageMimeOf = (path: string): string | undefined => IMAGE_KINDS[extname(path).toLowerCase()]?.mime;

async function headOf(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

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
  const kind = IMAGE_KINDS[extname(image).toLowerCase()];
  if (!kind) return `image "${image}" is not an image type Puente shows (PNG, JPEG, GIF, WebP, SVG)`;
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

/**
 * One warning per slide whose image file does not start like the type its name says (a text file named `.png`):
 * the screen and the PDF would show nothing. Only images that passed `checkImages` are opened.
 */
export async function checkImageContents(data: unknown, packDir: string, warningAt: ErrorAt): Promise<Problem[]> {
  const realPack = await realpath(packDir).catch(() => resolve(packDir));
  const out: Problem[] = [];
  for (const { slide, path } of slidesOf(data)) {
    const image = asString(slide['image']);
    const kind = IMAGE_KINDS[extname(image ?? '').toLowerCase()];
    if (image === undefined || !kind || (await problemWith(image, resolve(packDir), realPack)) !== undefined) continue;
    const head = await headOf(await realpath(resolve(packDir, image))).catch(() => null);
    if (head && !kind.starts(head)) {
      out.push(warningAt([...path, 'image'], `image "${image}" is not a ${kind.name} image (its content does not start like one); it will not show`));
    }
  }
  return out;
}
