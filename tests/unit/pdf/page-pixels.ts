// Renders PDF pages with poppler's pdftoppm and reads the pixels back, so tests can check the colours a reader sees.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Raster { width: number; height: number; rgb: Uint8Array }

/** Page `page` (1-based) of `file` at `dpi`, as 8-bit RGB. */
export function renderPage(file: string, page: number, dpi = 72): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'puente-ppm-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'p')]);
    return parsePpm(readFileSync(join(dir, 'p.ppm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parsePpm(b: Buffer): Raster {
  // Header: "P6", width, height, maxval, each separated by one white-space character (pdftoppm writes no comments).
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(b[at]!))) at++;
    const start = at;
    while (!/\s/.test(String.fromCharCode(b[at]!))) at++;
    fields.push(b.toString('latin1', start, at));
  }
  if (fields[0] !== 'P6' || fields[3] !== '255') throw new Error(`not an 8-bit P6 PPM: ${fields.join(' ')}`);
  return { width: Number(fields[1]), height: Number(fields[2]), rgb: b.subarray(at + 1) };
}

export type Hue = 'red' | 'blue' | 'green' | 'black' | 'white' | 'other';

/** A pixel's colour class, loose enough for JPEG and lossy WebP edges, and for CMYK blue (100,100,0,0), which
 *  poppler shows as (46,49,145). The deck's navy and its lighter navy are neither blue nor black. */
export function hueAt(r: Raster, x: number, y: number): Hue {
  const i = (y * r.width + x) * 3;
  const [R, G, B] = [r.rgb[i]!, r.rgb[i + 1]!, r.rgb[i + 2]!];
  if (R > 200 && G < 70 && B < 70) return 'red';
  if (B > 120 && B - R > 70 && B - G > 70) return 'blue';
  if (G > 200 && R < 70 && B < 70) return 'green';
  if (R < 30 && G < 30 && B < 30) return 'black';
  if (R > 235 && G > 235 && B > 235) return 'white';
  return 'other';
}

/** The luminance (0–255) of a pixel. */
export function lumaAt(r: Raster, x: number, y: number): number {
  const i = (y * r.width + x) * 3;
  return 0.299 * r.rgb[i]! + 0.587 * r.rgb[i + 1]! + 0.114 * r.rgb[i + 2]!;
}

export interface Region { count: number; left: number; right: number; top: number; bottom: number }

/** Where the pixels of one hue are: how many, and their bounding box. */
export function regionOf(r: Raster, hue: Hue): Region {
  const box: Region = { count: 0, left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      if (hueAt(r, x, y) !== hue) continue;
      box.count++;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}
