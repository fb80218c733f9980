// A small drawing of each PDF layout's page for the Export dialog's layout choices; typed by the layout list, so a
// new layout needs its drawing here before the app builds.
import type { ExportLayout } from '../../main/model/export-options';

export interface GlyphShape {
  kind: 'slide' | 'line' | 'heading';
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Glyph {
  width: number;
  height: number;
  shapes: GlyphShape[];
}

const slide = (x: number, y: number, w: number): GlyphShape => ({ kind: 'slide', x, y, w, h: Math.round(w * 0.5625 * 10) / 10 });
const line = (x: number, y: number, w: number): GlyphShape => ({ kind: 'line', x, y, w, h: 1.4 });
const lines = (x: number, y: number, w: number, n: number, step: number): GlyphShape[] =>
  Array.from({ length: n }, (_, i) => line(x, y + i * step, i === n - 1 ? w * 0.7 : w));

const PAPER = { width: 34, height: 44 };

export const LAYOUT_GLYPHS: Record<ExportLayout, Glyph> = {
  slides: {
    width: 48,
    height: 27,
    shapes: [{ kind: 'heading', x: 5, y: 5, w: 22, h: 3 }, ...lines(5, 12, 34, 3, 4)],
  },
  'handout-1': { ...PAPER, shapes: [slide(4, 6, 26), ...lines(4, 25, 26, 3, 4)] },
  'handout-2': { ...PAPER, shapes: [slide(6, 4, 22), slide(6, 23, 22)] },
  'handout-3': {
    ...PAPER,
    shapes: [0, 13, 26].flatMap((dy) => [slide(3, 4 + dy, 14), ...lines(19, 5 + dy, 12, 3, 2.6)]),
  },
  'handout-6': {
    ...PAPER,
    shapes: [4, 16, 28].flatMap((y) => [slide(3.5, y, 12.5), slide(18, y, 12.5)]),
  },
  notes: { ...PAPER, shapes: [slide(6, 4, 22), ...lines(5, 21, 24, 5, 3.6)] },
  brief: {
    ...PAPER,
    shapes: [
      { kind: 'heading', x: 4, y: 4, w: 16, h: 3 },
      ...lines(4, 10, 26, 4, 3),
      { kind: 'heading', x: 4, y: 23, w: 12, h: 2.4 },
      { kind: 'slide', x: 4, y: 28, w: 26, h: 9 },
    ],
  },
  // A title, a schedule of rows with their times at the right, and the short list of backup slides.
  'run-sheet': {
    ...PAPER,
    shapes: [
      { kind: 'heading', x: 4, y: 4, w: 18, h: 3 },
      ...[10, 14, 18, 22, 26].flatMap((y) => [line(4, y, 17), line(24, y, 6)]),
      { kind: 'heading', x: 4, y: 31, w: 12, h: 2.2 },
      ...lines(6, 36, 20, 2, 3),
    ],
  },
};
