// The shapes of a slide's geometry: every text box, rule and picture of one slide in the 1280 × 720 design frame,
// computed once (slide-geometry/index.ts) and drawn as they are by the stage (renderer/slides) and the PDF.
import type { Lang } from '../schema';

/** The design frame every slide is laid out in, in CSS pixels; the PDF page is this scaled by 0.75 (960 × 540 pt). */
export const FRAME = { width: 1280, height: 720 } as const;

/** Height of a classification banner (top and bottom) inside the frame: 16 pt on the PDF page. */
export const BANNER_PX = 64 / 3;

/** The four faces of Source Sans 3 a slide uses; each side maps them to the same font file. */
export type Face = 'regular' | 'italic' | 'semibold' | 'bold';

/** Named inks of the deck (the screen's palette, renderer/styles.css), so both sides paint the same colours. */
export const INK = {
  navy: '#0b1f3a',
  navySoft: '#4a6489',
  accent: '#f2a900',
  ink: '#1b2430',
  muted: '#5a6678',
  white: '#ffffff',
  paleOnNavy: '#d6e0ee',
  softOnNavy: '#9fb2cc',
  rule: '#d5dbe3',
  bar: '#9fb3c8',
  paper: '#ffffff',
} as const;
export type Ink = keyof typeof INK;

/** Measures one line of text: its advance width in px at `size` px in `face` (no wrapping). */
export interface TextMeasurer {
  width(text: string, face: Face, size: number): number;
}

/** Source Sans 3's ascent and descent (hhea, in ems): where a line's glyphs sit inside its line box. */
export const ASCENT = 1.024;
export const DESCENT = 0.4;

/** A place inside a slide, e.g. `['bullets', 2, 'text']`. */
export type FieldPath = (string | number)[];

/** PDF structure of a text box (the screen uses the same for its element's role). */
export type TextTag = 'H1' | 'H2' | 'H3' | 'P' | 'Lbl' | 'LBody' | 'Caption' | 'Artifact';

/**
 * One text element as drawn: explicit lines, each `lineHeight` tall, stacked from `y`; `h = lines × lineHeight`.
 * A line's glyphs are centred in its line box the CSS way (half-leading), so both sides put the baseline at
 * `y + i·lineHeight + (lineHeight − (ASCENT + DESCENT)·size) / 2 + ASCENT·size`.
 */
export interface TextBox {
  /** What the box is, e.g. "title", "bullet", "stat-value", "source"; tests and the stage name it by this. */
  role: string;
  /** The slide field it shows (for cut warnings and tests). */
  field: FieldPath;
  /** The language of the words, undefined for language-neutral text (a plain string). */
  lang?: Lang | undefined;
  /** The other language's wording of the box just before it (bilingual). */
  secondary: boolean;
  /** Continues the element of the box just before it (a figure's "[1]", the source after "Source:"). */
  inline?: boolean | undefined;
  x: number;
  y: number;
  w: number;
  h: number;
  face: Face;
  size: number;
  lineHeight: number;
  /** Drawn in capitals (the lines keep the author's case; widths were measured in capitals). */
  caps?: boolean | undefined;
  /** Extra space after each character, in px (the kicker's spaced capitals). */
  tracking: number;
  ink: Ink;
  align: 'left' | 'center' | 'right';
  lines: string[];
  /** Lines that continue a word broken across lines: read with no space before them (screen readers, search). */
  glued?: number[] | undefined;
  /** True when the text was shortened and ends with "…" (or left out). */
  cut: boolean;
  tag: TextTag;
  /** Structure groups it belongs to, outermost first (keys of SlideGeometry.groups). */
  groups: string[];
}

/** A filled rectangle or dot: rules, bullet squares, bars, timeline points. */
export interface Shape {
  kind: 'rect' | 'dot';
  x: number;
  y: number;
  w: number;
  h: number;
  ink: Ink;
  /** Part of a chart's figure (its bars): tagged with the figure's alt text in the PDF. */
  figure?: boolean;
}

/** A text shortened with "…" to fit, or (`leftOut`) left out whole: a list's last points, counted on the slide. */
export interface Cut { field: FieldPath; lang: Lang; leftOut?: boolean | undefined }

export interface SlideGeometry {
  width: number;
  height: number;
  /** Full-bleed navy (title, section). */
  dark: boolean;
  texts: TextBox[];
  shapes: Shape[];
  /** Where the picture goes (image layout), fitted inside this box keeping its aspect. */
  picture?: { x: number; y: number; w: number; h: number } | undefined;
  /** A chart's alt text, stating its numbers (the PDF's Figure /Alt, the stage's aria-label). */
  figureAlt?: string | undefined;
  /** Structure group key → its PDF tag ("Div", "L", "LI", "BlockQuote", "LBody"). */
  groups: Record<string, string>;
  /** Texts shortened with "…" or left out to fit, by field and language: what validate warns about. */
  cuts: Cut[];
  /** The top of the source line (or of the footer band when there is none): nothing else goes below. */
  floor: number;
}

/** What the slide is laid out for. */
export interface GeometryOptions {
  lang: Lang;
  /** Bilingual: the other language's wording beneath each text. */
  lang2?: Lang | undefined;
  /** Classification banners top and bottom take BANNER_PX each. */
  banner?: boolean | undefined;
  /** The "Source:" line: its label and text, already worded (sourceLineText). */
  source?: { label: string; text: string } | undefined;
  /** A figure's reference number in a numbered sources appendix ("[3]" after a stat or a caption). */
  cite?: ((sourceId: string) => number | undefined) | undefined;
  /** Presenter and date under a title slide's subtitle. */
  byline?: string | undefined;
}
