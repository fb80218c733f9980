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

/** Width and height from the WebP header (VP8 with its start code, VP8L with its signature, or VP8X), else undefined. */
export function webpSize(b: Uint8Array): { width: number; height: number } | undefined {
  const chunk = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', 12, 16);
  if (chunk === 'VP8X' && b.length >= 30) {
    return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
  }
  return undefined;
}

const u24 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const ANIMATED = 0x02;
const HAS_ALPHA = 0x10;

function chunk(fourcc: string, payload: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload, Buffer.alloc(payload.length % 2)]);
}

/**
 * An animated WebP's first frame as a still WebP file (libwebp's still decoder refuses animations), placed at the
 * canvas origin; any other WebP is returned as it is. Frame layout per the WebP container spec: each ANMF chunk
 * holds a 16-byte frame header, then the frame's own ALPH/VP8/VP8L chunks.
 */
export function firstWebpFrame(b: Uint8Array): Uint8Array {
  const bytes = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (bytes.toString('latin1', 12, 16) !== 'VP8X' || ((bytes[20] ?? 0) & ANIMATED) === 0) return b;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = bytes.readUInt32LE(at + 4);
    if (bytes.toString('latin1', at, at + 4) === 'ANMF') {
      const frame = bytes.subarray(at + 8, at + 8 + size);
      if (frame.length < 24) break;
      const [width, height] = [u24(frame, 6) + 1, u24(frame, 9) + 1];
      const data = frame.subarray(16);
      const vp8x = Buffer.alloc(10);
      vp8x[0] = data.includes(Buffer.from('ALPH', 'latin1')) ? HAS_ALPHA : 0;
      vp8x.writeUIntLE(width - 1, 4, 3);
      vp8x.writeUIntLE(height - 1, 7, 3);
      const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), chunk('VP8X', vp8x), data]);
      const riff = Buffer.alloc(8);
      riff.write('RIFF', 0, 'latin1');
      riff.writeUInt32LE(body.length, 4);
      return Buffer.concat([riff, body]);
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('it is an animated WebP with no frame');
}

/** The pixels of a WebP image (its first frame when animated). Throws when libwebp cannot decode it. */
export async function decodeWebp(file: Uint8Array): Promise<Rgba> {
  const bytes = firstWebpFrame(file);
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
