// Decoded pixels and their hand-over to pdfkit, which embeds only PNG and JPEG: RGBA pixels become a PNG.
import { PNG } from 'pngjs';

/** Straight (not premultiplied) RGBA, 4 bytes a pixel, rows top to bottom. */
export interface Rgba { width: number; height: number; data: Uint8Array }

/** The most pixels Puente decodes for print: 40 MP is 160 MB of RGBA, well past any slide's need. */
export const MAX_PRINT_PIXELS = 40_000_000;

/** Throws when width × height is more than print decodes; called before the pixels are allocated. */
export function checkPixelCount(width: number, height: number): void {
  if (width * height > MAX_PRINT_PIXELS) {
    throw new Error(`it is ${width} × ${height} pixels; images may have at most ${MAX_PRINT_PIXELS / 1_000_000} million pixels (make it smaller)`);
  }
}

/** A PNG of the pixels: RGB when every pixel is opaque (no soft mask in the PDF), RGBA otherwise. */
export function rgbaToPng({ width, height, data }: Rgba): Buffer {
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) {
    if (data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  return PNG.sync.write({ width, height, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) } as PNG, {
    colorType: opaque ? 2 : 6,
    inputColorType: 6,
    inputHasAlpha: true,
  });
}
