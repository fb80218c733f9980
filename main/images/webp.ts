// WebP for print, decoded by libwebp compiled to WebAssembly (@jsquash/webp): lossy, lossless and alpha alike; an
// animated WebP gives its first frame. WebAssembly, not a native addon, so the same code runs in the CLI, in
// Electron's main process and in the export worker thread, and esbuild can bundle the JavaScript.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import decode, { init } from '@jsquash/webp/decode';
import { checkPixelCount, type Rgba } from './rgba';

let ready: Promise<void> | undefined;

// The glue would fetch the .wasm beside itself by URL, which does not exist once bundled: hand it the bytes as
// Emscripten's `wasmBinary` option (the package's documented manual initialisation; its type declaration omits
// that option). The file is read from node_modules, as pdfkit's own data files are.
const initWith = init as unknown as (module: null, options: { wasmBinary: ArrayBuffer }) => Promise<void>;
function initOnce(): Promise<void> {
  ready ??= (() => {
    const bytes = readFileSync(createRequire(__filename).resolve('@jsquash/webp/codec/dec/webp_dec.wasm'));
    return initWith(null, { wasmBinary: new Uint8Array(bytes).buffer });
  })();
  return ready;
}

/** Width and height from the WebP header (VP8, VP8L or VP8X), or undefined when the header is not one of those. */
export function webpSize(b: Uint8Array): { width: number; height: number } | undefined {
  const chunk = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', 12, 16);
  if (chunk === 'VP8X' && b.length >= 30) {
    return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
  }
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ' && b.length >= 30) {
    return { width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
  }
  return undefined;
}

/** The pixels of a WebP image (its first frame when animated). Throws when libwebp cannot decode it. */
export async function decodeWebp(bytes: Uint8Array): Promise<Rgba> {
  const size = webpSize(bytes);
  if (!size) throw new Error('its WebP header is not one libwebp reads');
  checkPixelCount(size.width, size.height);
  await initOnce();
  // decode wants an ArrayBuffer of exactly the file: copy out of Node's shared buffer pool.
  const image = await decode(new Uint8Array(bytes).buffer).catch(() => {
    throw new Error('libwebp could not decode it');
  });
  return { width: image.width, height: image.height, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
}
