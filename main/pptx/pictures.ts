// The slides' pictures in a form a PowerPoint file holds: PNG and JPEG as they are; GIF (first frame) and WebP turned
// into PNG by the same decoders the PDF uses (image-kinds.ts); SVG kept as SVG (PowerPoint 2016 and later draw it).
// Each is read and checked before the deck is built, so a bad picture stops the export with its slide named.
import { readFile } from 'node:fs/promises';
import { packImagePath } from '../briefing/check-images';
import { imageKindOf, printImageOf } from '../images/image-kinds';

/** A picture for pptxgenjs: `data` is "MIME;base64,…" (pptxgenjs' own form); width and height in pixels (or SVG units). */
export interface DeckPicture { data: string; width: number; height: number }

/** A slide whose picture cannot go into the deck; the message names the image and the slide. */
export class PictureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PictureError';
  }
}

/** Pixel size of PNG (IHDR) or JPEG (the first SOFn marker) bytes; undefined for anything else. */
export function rasterSize(b: Buffer): { width: number; height: number } | undefined {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1] as number;
    const len = b.readUInt16BE(i + 2);
    // SOF0–SOF15, leaving out DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
    }
    i += 2 + len;
  }
  return undefined;
}

/** An SVG's size from its width/height attributes, else its viewBox; 4:3 when it states neither. */
export function svgSize(text: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const num = (name: string) => {
    const m = new RegExp(`\\b${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*(px)?\\s*["']`, 'i').exec(root);
    return m ? Number(m[1]) : undefined;
  };
  const w = num('width');
  const h = num('height');
  if (w && h) return { width: w, height: h };
  const vb = /\bviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)/i.exec(root);
  if (vb && Number(vb[1]) > 0 && Number(vb[2]) > 0) return { width: Number(vb[1]), height: Number(vb[2]) };
  return { width: 400, height: 300 };
}

async function pictureOf(packDir: string, image: string, slideId: string): Promise<DeckPicture> {
  const fail = (why: string) => new PictureError(`the image "${image}" of slide "${slideId}" cannot go into the deck: ${why}`);
  const file = packImagePath(packDir, image);
  if (file === undefined) throw fail('it is outside the briefing folder');
  const kind = imageKindOf(image);
  if (!kind) throw fail('it is not an image type Puente shows');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw fail((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is not in the briefing folder' : 'it cannot be read');
  }
  let form;
  try {
    form = await printImageOf(bytes, kind);
  } catch (e) {
    throw fail(e instanceof Error ? e.message : String(e));
  }
  if (form.form === 'svg') return { data: `image/svg+xml;base64,${Buffer.from(form.text).toString('base64')}`, ...svgSize(form.text) };
  const size = rasterSize(form.bytes);
  if (!size || size.width === 0 || size.height === 0) throw fail('its size cannot be read');
  const mime = form.bytes[0] === 0xff ? 'image/jpeg' : 'image/png';
  return { data: `${mime};base64,${form.bytes.toString('base64')}`, ...size };
}

/** Every picture the slides name, read once per file; rejects with a PictureError naming the first bad one. */
export async function prepareDeckPictures(packDir: string, slides: readonly { id: string; image: string }[]): Promise<Map<string, DeckPicture>> {
  const out = new Map<string, DeckPicture>();
  for (const s of slides) if (!out.has(s.image)) out.set(s.image, await pictureOf(packDir, s.image, s.id));
  return out;
}
