// The briefing pack schema: the one source from which the TypeScript types and assets/briefing.schema.json derive.
import * as z from 'zod';
import { DURATION_PATTERN, MAX_SLIDE_SECONDS, MAX_TOPIC_SECONDS, durationProblem } from './duration';

export const LANGS = ['en', 'es'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The message of a text map with neither language (the loader recognises text a ": " turned into a map by it). */
export const NEEDS_A_LANGUAGE = 'needs at least one language (en or es)';

/** Any text may be a plain string (same in every language) or a map by language. */
export const Text = z.union([
  nonEmpty,
  z
    .object({ en: nonEmpty.optional(), es: nonEmpty.optional() })
    .strict()
    .refine((t) => t.en !== undefined || t.es !== undefined, NEEDS_A_LANGUAGE),
]);
export type Text = z.infer<typeof Text>;

/**
 * Text set around a number (a chart's prefix and suffix), by language like Text, but kept exactly as written: it may
 * be empty (`es: ""` when the Spanish needs no prefix) and keeps its spaces (`" mmdd"`). Its type is Text's.
 */
export const Affix = z.union([
  z.string(),
  z
    .object({ en: z.string().optional(), es: z.string().optional() })
    .strict()
    .refine((t) => t.en !== undefined || t.es !== undefined, NEEDS_A_LANGUAGE),
]);

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens (like "border-security")');

/** A planned time as written ("90s", "2m", "1m30s"), at most `maxSeconds`; `parseDuration` reads it. */
const plannedTime = (maxSeconds: number) =>
  z
    .string()
    .superRefine((value, ctx) => {
      const problem = durationProblem(value, maxSeconds);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ pattern: DURATION_PATTERN, description: 'A planned time: "90s", "2m", "1m30s", "1h15m"' });

/** Ids of entries under `sources`; checked against them after parsing. */
const SourceRefs = z.array(z.string()).default([]);

const slideCommon = {
  id: Id,
  notes: Text.optional(),
  sources: SourceRefs,
  /** Held in reserve for questions: out of the main flow. */
  backup: z.boolean().default(false),
  /** This slide's own marking: the text of one of `meta.markings`. Cover and banners show the highest exported. */
  classification: nonEmpty.optional(),
  /** Planned time on this slide; else a share of its topic's, else `meta.slideDuration`. */
  duration: plannedTime(MAX_SLIDE_SECONDS).optional(),
};

export const TitleSlide = z
  .object({ ...slideCommon, layout: z.literal('title'), title: Text, subtitle: Text.optional(), kicker: Text.optional() })
  .strict();

export const SectionSlide = z
  .object({ ...slideCommon, layout: z.literal('section'), title: Text, subtitle: Text.optional() })
  .strict();

export const Bullet = z.union([
  Text,
  z.object({ text: Text, bullets: z.array(Text).min(1) }).strict(),
]);
export type Bullet = z.infer<typeof Bullet>;

export const BulletsSlide = z
  .object({ ...slideCommon, layout: z.literal('bullets'), title: Text, lead: Text.optional(), bullets: z.array(Bullet).min(1) })
  .strict();

export const Stat = z
  .object({
    /** The big figure as it should read, e.g. "35,065 lb" or "$498.4M". */
    value: Text,
    label: Text,
    source: z.string().optional(),
  })
  .strict();
export type Stat = z.infer<typeof Stat>;

export const StatsSlide = z
  .object({ ...slideCommon, layout: z.literal('stats'), title: Text, lead: Text.optional(), stats: z.array(Stat).min(1).max(6) })
  .strict();

export const QuoteSlide = z
  .object({
    ...slideCommon,
    layout: z.literal('quote'),
    title: Text.optional(),
    quote: Text,
    attribution: Text,
    role: Text.optional(),
  })
  .strict();

export const ChartBar = z
  .object({ label: Text, value: z.number().finite().nonnegative(), highlight: z.boolean().default(false) })
  .strict();

export const Chart = z
  .object({
    kind: z.literal('bar').default('bar'),
    /** How a value reads: prefix + number + suffix, by language: "$" 97.8 "B" in English, 97.8 " mmdd" in Spanish. */
    prefix: Affix.default(''),
    suffix: Affix.default(''),
    unit: Text.optional(),
    bars: z.array(ChartBar).min(1).max(12),
  })
  .strict();
export type Chart = z.infer<typeof Chart>;

export const ChartSlide = z
  .object({ ...slideCommon, layout: z.literal('chart'), title: Text, lead: Text.optional(), chart: Chart, caption: Text.optional() })
  .strict();

export const TimelineEvent = z.object({ when: Text, text: Text }).strict();

export const TimelineSlide = z
  .object({ ...slideCommon, layout: z.literal('timeline'), title: Text, events: z.array(TimelineEvent).min(1).max(8) })
  .strict();

export const ImageSlide = z
  .object({
    ...slideCommon,
    layout: z.literal('image'),
    title: Text,
    /** Path relative to the pack folder; must stay inside it. */
    image: z.string().min(1),
    alt: Text,
    caption: Text.optional(),
  })
  .strict();

export const Column = z.object({ heading: Text.optional(), bullets: z.array(Bullet).min(1) }).strict();

export const TwoColumnSlide = z
  .object({ ...slideCommon, layout: z.literal('two-column'), title: Text, left: Column, right: Column })
  .strict();

export const Slide = z.discriminatedUnion('layout', [
  TitleSlide,
  SectionSlide,
  BulletsSlide,
  StatsSlide,
  QuoteSlide,
  ChartSlide,
  TimelineSlide,
  ImageSlide,
  TwoColumnSlide,
]);
export type Slide = z.infer<typeof Slide>;
export type SlideLayout = Slide['layout'];
export const SLIDE_LAYOUTS = Slide.options.map((o) => o.shape.layout.value) as SlideLayout[];
export type SlideOf<L extends SlideLayout> = Extract<Slide, { layout: L }>;

export const Source = z
  .object({
    id: Id,
    title: Text,
    publisher: Text,
    date: z.string().min(1),
    /** Printed for the reader, never fetched. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Topic = z
  .object({
    id: Id,
    title: Text,
    summary: Text.optional(),
    /** Planned time for the whole topic; its slides without their own share what their own leave. */
    duration: plannedTime(MAX_TOPIC_SECONDS).optional(),
    slides: z.array(Slide).min(1),
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

export const Classification = z
  .object({ text: nonEmpty, color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#007a33"').default('#007a33') })
  .strict();

export const Meta = z
  .object({
    title: Text,
    subtitle: Text.optional(),
    organization: Text,
    presenter: Text.optional(),
    date: z.string().optional(),
    asOf: z.string().optional(),
    classification: Classification.optional(),
    /** Every marking slides may carry, lowest first; `classification` is the marking of slides that set none. */
    markings: z.array(Classification).min(1).max(20).optional(),
    /** Paper for printed handouts unless the export names one. */
    paper: z.enum(['letter', 'a4']).optional(),
    languages: z.array(Lang).min(1).default(['en']),
    /** Planned time of a slide that sets none and whose topic sets none. */
    slideDuration: plannedTime(MAX_SLIDE_SECONDS).optional(),
  })
  .strict();
export type Meta = z.infer<typeof Meta>;

export const Briefing = z
  .object({
    /** Format version, so later versions of Puente can read old packs. */
    puente: z.literal(1),
    meta: Meta,
    sources: z.array(Source).default([]),
    topics: z.array(Topic).min(1),
  })
  .strict();
export type Briefing = z.infer<typeof Briefing>;
/** What a pack author writes (defaults not yet applied). */
export type BriefingInput = z.input<typeof Briefing>;
