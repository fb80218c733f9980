// The bundled font faces and the fallback chain every character goes through, on screen and in the PDF: the slide's
// Source Sans 3 face first, then bundled Hebrew, Arabic and symbol/emoji faces, then the fonts installed on the
// computer (found by system-fonts.ts). renderer/styles.css declares the same bundled faces in the same order.
import { join } from 'node:path';
import { fontsDir } from '../paths';

/** Names the slide layouts use to pick a face; each maps to a bundled TTF (embedded and subset by pdfkit). */
export const FONT = {
  regular: 'SourceSans3-Regular',
  italic: 'SourceSans3-Italic',
  semibold: 'SourceSans3-SemiBold',
  bold: 'SourceSans3-Bold',
} as const;
export type FontFace = (typeof FONT)[keyof typeof FONT];

/** A font a character can be drawn with: its registration name, its file, and its PostScript name in a collection. */
export interface Face {
  name: string;
  file: string;
  /** For a .ttc/.otc collection: which font of it. */
  postscriptName?: string | undefined;
}

const bundled = (name: string): Face => ({ name, file: join(fontsDir(), `${name}.ttf`) });

/** The file of a primary face. */
export const fontFile = (face: FontFace): string => join(fontsDir(), `${face}.ttf`);

export const PRIMARY_FACES: readonly FontFace[] = Object.values(FONT);
export const isPrimaryFace = (name: string): name is FontFace => (PRIMARY_FACES as readonly string[]).includes(name);

/**
 * The bundled fallbacks for a primary face, in order: Hebrew and Arabic in the matching weight, then Symbola for
 * symbols and emoji (monochrome: a PDF and a projector show one ink). Noto's faces pair well with Source Sans.
 */
export function bundledFallbacks(primary: FontFace): Face[] {
  const heavy = primary === FONT.semibold || primary === FONT.bold;
  const weight = heavy ? 'Bold' : 'Regular';
  return [bundled(`NotoSansHebrew-${weight}`), bundled(`NotoSansArabic-${weight}`), bundled('Symbola')];
}

/** Every bundled face, primaries first (each registered with pdfkit under its name). */
export function bundledFaces(): Face[] {
  const fallbacks = [...bundledFallbacks(FONT.regular), ...bundledFallbacks(FONT.bold)];
  const unique = new Map([...PRIMARY_FACES.map((f) => bundled(f)), ...fallbacks].map((f) => [f.name, f]));
  return [...unique.values()];
}
