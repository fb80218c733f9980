// GIF for print: the first frame, as a still (a PDF page cannot animate; a handout shows what the slide opens on).
import { GifReader } from 'omggif';
import { checkPixelCount, type Rgba } from './rgba';

/** The first frame of a GIF on its full canvas (pixels outside the frame are transparent). Throws when unreadable. */
export function firstGifFrame(bytes: Uint8Array): Rgba {
  const reader = new GifReader(bytes);
  if (reader.numFrames() < 1) throw new Error('it has no frames');
  checkPixelCount(reader.width, reader.height);
  const data = new Uint8Array(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, data);
  return { width: reader.width, height: reader.height, data };
}
