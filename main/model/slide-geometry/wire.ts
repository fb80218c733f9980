// The slide geometry as it crosses IPC (and sits in an HTML deck): its request and result schemas, checked against
// the module's own types so the two cannot drift.
import * as z from 'zod';
import { Lang, Slide } from '../schema';
import { INK, type SlideGeometry } from './types';

const Face = z.enum(['regular', 'italic', 'semibold', 'bold']);
const InkName = z.enum(Object.keys(INK) as [keyof typeof INK, ...(keyof typeof INK)[]]);
const Field = z.array(z.union([z.string(), z.number()]));

export const TextBoxWire = z.object({
  role: z.string(),
  field: Field,
  lang: Lang.optional(),
  secondary: z.boolean(),
  inline: z.boolean().optional(),
  caps: z.boolean().optional(),
  x: z.number(), y: z.number(), w: z.number(), h: z.number(),
  face: Face,
  size: z.number(),
  lineHeight: z.number(),
  tracking: z.number(),
  ink: InkName,
  align: z.enum(['left', 'center', 'right']),
  lines: z.array(z.string()),
  glued: z.array(z.number()).optional(),
  cut: z.boolean(),
  tag: z.enum(['H1', 'H2', 'H3', 'P', 'Lbl', 'LBody', 'Caption', 'Artifact']),
  groups: z.array(z.string()),
});

const Box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

export const SlideGeometryWire = z.object({
  width: z.number(),
  height: z.number(),
  dark: z.boolean(),
  texts: z.array(TextBoxWire),
  shapes: z.array(Box.extend({ kind: z.enum(['rect', 'dot']), ink: InkName, figure: z.boolean().optional() })),
  picture: Box.optional(),
  figureAlt: z.string().optional(),
  groups: z.record(z.string(), z.string()),
  cuts: z.array(z.object({ field: Field, lang: Lang, leftOut: z.boolean().optional() })),
  floor: z.number(),
});

/** What the stage asks for: a slide in a language (and the other beneath, bilingual), with its source line. */
export const GeometryRequest = z.object({
  slide: Slide,
  lang: Lang,
  lang2: Lang.optional(),
  banner: z.boolean().default(false),
  source: z.object({ label: z.string(), text: z.string() }).optional(),
  byline: z.string().optional(),
}).strict();
export type GeometryRequest = z.input<typeof GeometryRequest>;

/** Names one geometry in a deck's table: the slide and how it is shown. */
export const geometryKey = (r: { slide: { id: string }; lang: Lang; lang2?: Lang | undefined; banner?: boolean | undefined }): string =>
  `${r.slide.id}|${r.lang}|${r.lang2 ?? ''}|${r.banner ? 1 : 0}`;

// Compile-time: the wire shape and the module's type are the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.output<typeof SlideGeometryWire>, SlideGeometry> = true;
void same;
