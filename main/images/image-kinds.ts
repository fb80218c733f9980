// The image types Puente accepts, in one table: how each file starts, its MIME type for the screen, and what print
// makes of it. The loader refuses a file its kind cannot turn into print form, and export draws that same form,
// so what passes validate prints.
import { extname } from 'node:path';
import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import { firstGifFrame } from './gif';
import { checkPixelCount, rgbaToPng } from './rgba';
import { checkSvg } from './svg';
import { decodeWebp } from './webp';

/** What pdfkit draws: PNG or JPEG bytes it embeds, or SVG text drawn as vector graphics. */
export type PrintImage = { form: 'raster'; bytes: Buffer } | { form: 'svg'; text: string };

export interface ImageKind {
  name: 'PNG' | 'JPEG' | 'GIF' | 'WebP' | 'SVG';
  mime: string;
  /** True when the first bytes look like this type (cheap; the print form is the real check). */
  starts: (head: Buffer) => boolean;
  /** The print form of a file of this type; throws an Error whose message says why it cannot be printed. */
  toPrint: (bytes: Buffer) => Promise<PrintImage> | PrintImage;
}

const SOS = Buffer.from([0xff, 0xda]);
const EOI = Buffer.from([0xff, 0xd9]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// pdfkit parses a PNG's chunks and a JPEG's markers when it opens one; a scratch document lets the check use that
// very parser. Opening embeds nothing.
// (openImage is public pdfkit API its type declarations leave out.)
interface OpenedImage { width: number; height: number; colorSpace?: string }
let scratch: { openImage(src: Buffer): OpenedImage } | undefined;
function pdfkitOpens(bytes: Buffer): OpenedImage {
  scratch ??= new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(src: Buffer): OpenedImage };
  try {
    return scratch.openImage(bytes);
  } catch (e) {
    throw new Error(`the PDF writer cannot read it (${e instanceof Error ? e.message : String(e)})`);
  }
}

const png: ImageKind = {
  name: 'PNG',
  mime: 'image/png',
  starts: (h) => h.subarray(0, 8).equals(PNG_SIGNATURE),
  toPrint: (bytes) => {
    // pdfkit copies most PNG data into the PDF without inflating it; decode it whole here so a damaged file is
    // caught now, not by the reader of the PDF.
    const { width, height } = pdfkitOpens(bytes);
    checkPixelCount(width, height);
    try {
      PNG.sync.read(bytes);
    } catch (e) {
      throw new Error(`its pixel data is damaged (${e instanceof Error ? e.message : String(e)})`);
    }
    return { form: 'raster', bytes };
  },
};

const jpeg: ImageKind = {
  name: 'JPEG',
  mime: 'image/jpeg',
  starts: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  toPrint: (bytes) => {
    // Baseline and progressive alike pass to the PDF as they are (DCTDecode). pdfkit marks a 4-channel (CMYK)
    // JPEG's values as inverted, as Photoshop and ImageMagick write them (with the Adobe APP14 marker).
    const image = pdfkitOpens(bytes);
    if (image.colorSpace === undefined) throw new Error('its colour channels are neither grey, RGB nor CMYK');
    // The compressed data goes to the PDF unread, so catch the common damage, a cut-off file: its scan data
    // must be followed by the end-of-image marker (trailing bytes after it, as some cameras write, are fine).
    const scan = bytes.indexOf(SOS);
    if (scan < 0 || bytes.lastIndexOf(EOI) < scan) throw new Error('it is cut off (no end-of-image marker after its image data)');
    checkPixelCount(image.width, image.height);
    return { form: 'raster', bytes };
  },
};

const gif: ImageKind = {
  name: 'GIF',
  mime: 'image/gif',
  starts: (h) => /^GIF8[79]a/.test(h.toString('latin1', 0, 6)),
  toPrint: (bytes) => {
    try {
      return { form: 'raster', bytes: rgbaToPng(firstGifFrame(bytes)) };
    } catch (e) {
      throw new Error(`its GIF data cannot be decoded (${e instanceof Error ? e.message : String(e)})`);
    }
  },
};

const webp: ImageKind = {
  name: 'WebP',
  mime: 'image/webp',
  starts: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  toPrint: async (bytes) => ({ form: 'raster', bytes: rgbaToPng(await decodeWebp(bytes)) }),
};

const svg: ImageKind = {
  name: 'SVG',
  mime: 'image/svg+xml',
  // SVG is text: it must at least open with markup (after an optional BOM and white space).
  starts: (h) => /^(\uFEFF)?\s*</.test(h.toString('utf8')),
  toPrint: (bytes) => ({ form: 'svg', text: checkSvg(bytes) }),
};

/** Image types by lower-case extension. */
export const IMAGE_KINDS: Readonly<Record<string, ImageKind>> = { '.png': png, '.jpg': jpeg, '.jpeg': jpeg, '.gif': gif, '.webp': webp, '.svg': svg };

/** The names listed in messages: "PNG, JPEG, GIF, WebP, SVG". */
export const IMAGE_KIND_NAMES = [...new Set(Object.values(IMAGE_KINDS).map((k) => k.name))].join(', ');

/** The kind of an image path by its extension, or undefined for a file type Puente does not show. */
export const imageKindOf = (path: string): ImageKind | undefined => IMAGE_KINDS[extname(path).toLowerCase()];

/**
 * The print form of a file of `kind`: its content must start like the kind, then decode. Throws an Error whose
 * message completes "image "x" cannot be printed: …" (e.g. `it is not a WebP image (its content does not start like one)`).
 */
export async function printImageOf(bytes: Buffer, kind: ImageKind): Promise<PrintImage> {
  const article = kind.name === 'SVG' ? 'an' : 'a';
  if (!kind.starts(bytes.subarray(0, 64))) throw new Error(`it is not ${article} ${kind.name} image (its content does not start like one)`);
  return kind.toPrint(bytes);
}
