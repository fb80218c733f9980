// SVG for print, drawn as vector graphics by svg-to-pdfkit: shapes, gradients, viewBox scaling and text (set in
// the bundled Source Sans 3, the screen's font).
//
// An SVG never reaches outside the pack file, which the validate check below runs through the same code as print:
// - no external documents: `documentCallback` is not given, so `<use href="other.svg#x">` and `url(file#x)`
//   resolve nothing (svg-to-pdfkit only looks inside this document then);
// - no external images: `imageCallback` passes on only data: URIs of PNG or JPEG; any other href (http:, file:,
//   a path) becomes undefined, which pdfkit refuses, so no file is opened and nothing is fetched;
// - no font files: `fontCallback` maps every family to a bundled face registered on the document;
// - svg-to-pdfkit's own XML parser reads a DOCTYPE as an opaque node and knows only the predefined and numeric
//   entities, so there are no external entities to expand. Nothing in it opens a socket.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT } from '../pdf/fonts';

export interface Box { x: number; y: number; width: number; height: number }

// A warning from these means the text is not an SVG svg-to-pdfkit can draw; others name unsupported features
// (filters, say), which print leaves out as they are.
const FATAL = /^parseXml:|does not look like a valid SVG|can't be rendered directly/;

const DATA_IMAGE = /^data:image\/(png|jpe?g);base64,/i;

function face(bold: boolean, italic: boolean): string {
  if (italic) return FONT.italic;
  return bold ? FONT.bold : FONT.regular;
}

/** Draws `svg` fitted into `box` and centred (as an `<img>` shows it), keeping the document's font state. */
export function drawSvg(doc: PDFKit.PDFDocument, svg: string, box: Box, onWarning: (w: string) => void = () => {}): void {
  // svg-to-pdfkit switches fonts through doc.font() and leaves the last one set; the layouts after it expect theirs.
  const state = doc as unknown as { _font: unknown; _fontFamily: unknown; _fontSize: number };
  const { _font, _fontFamily, _fontSize } = state;
  SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], svg, box.x, box.y, {
    width: box.width,
    height: box.height,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family, bold, italic) => face(bold, italic),
    imageCallback: (link) => (DATA_IMAGE.test(link.trim()) ? link.replace(/\s+/g, '') : (undefined as unknown as string)),
    warningCallback: onWarning,
  });
  Object.assign(state, { _font, _fontFamily, _fontSize });
}

/** The SVG's text if svg-to-pdfkit can draw it; throws naming the first parse problem otherwise. */
export function checkSvg(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('it is not UTF-8 text');
  }
  // A scratch document that is never written: the same drawing code as print, so what passes here prints.
  const doc = new PDFDocument({ size: [200, 100], margin: 0 });
  for (const f of Object.values(FONT)) doc.registerFont(f, 'Helvetica');
  const problems: string[] = [];
  drawSvg(doc, text, { x: 0, y: 0, width: 200, height: 100 }, (w) => {
    if (FATAL.test(w)) problems.push(w);
  });
  const first = problems[0];
  if (first === undefined) return text;
  const root = /rendered directly: (.*)$/.exec(first)?.[1];
  if (root !== undefined) throw new Error(`its outermost element is <${root}>, not <svg>`);
  throw new Error(`it is not a well-formed SVG (${first.replace(/^parseXml: /, '').replace(/^SVGtoPDF: /, '')})`);
}
