// What an export is asked for (PDF, PowerPoint or a self-contained HTML deck), written once: the CLI flags, the IPC request and the app's Export dialog all
// derive from these schemas, so a layout or option added here reaches every side.
import * as z from 'zod';
import { MAX_TOPIC_SECONDS, durationProblem, parseDuration } from './duration';

export const EXPORT_LAYOUTS = ['slides', 'handout-1', 'handout-2', 'handout-3', 'handout-6', 'notes', 'brief', 'run-sheet'] as const;
export const ExportLayout = z.enum(EXPORT_LAYOUTS);
export type ExportLayout = z.infer<typeof ExportLayout>;

/** Layouts on which `notes: true` adds the speaker notes (the `notes` layout always has them). */
export const NOTES_FIT: readonly ExportLayout[] = ['handout-1', 'handout-2', 'handout-3'];
/** Layouts printed on paper (the others are 16:9 slide pages). */
export const PAPER_LAYOUTS: readonly ExportLayout[] = ['handout-1', 'handout-2', 'handout-3', 'handout-6', 'notes', 'brief', 'run-sheet'];

/** Whether `start` and `slot` apply: the PDF's run-sheet layout only (the one page that prints clock times). */
export function scheduleAsked(format: ExportFormat, layout: ExportLayout): boolean {
  return format === 'pdf' && layout === 'run-sheet';
}

/** A start time as the run sheet takes it: 24-hour "HH:MM" ("9:05", "14:30"). */
export const START_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a start time written "HH:MM"; null when it is not one. */
export function parseStart(text: string): number | null {
  const m = START_PATTERN.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Why `text` is not a start time, as a sentence fragment; null when it is one. */
export function startProblem(text: string): string | null {
  return parseStart(text) === null ? `expected a 24-hour time like "14:30" or "9:05"; got ${JSON.stringify(text)}` : null;
}

/** Why `text` is not a slot (a planned time such as "10m" or "1h30m"); null when it is one. */
export function slotProblem(text: string): string | null {
  return durationProblem(text, MAX_TOPIC_SECONDS);
}

/**
 * What file an export writes: `pdf` (every layout), `pptx` (an editable PowerPoint deck, issue 16) or `html` (one
 * self-contained web page presenting the deck, issue 16). The decks are slides only: no paper, no handouts.
 */
export const EXPORT_FORMATS = ['pdf', 'pptx', 'html'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The layouts each format offers. */
export const FORMAT_LAYOUTS = {
  pdf: EXPORT_LAYOUTS,
  pptx: ['slides'],
  html: ['slides'],
} as const satisfies Record<ExportFormat, readonly ExportLayout[]>;

/** The file name extension of each format (with the dot). */
export const FORMAT_EXTENSIONS = { pdf: '.pdf', pptx: '.pptx', html: '.html' } as const satisfies Record<ExportFormat, string>;

/**
 * Whether `notes: true` may be asked for: on the PDF's NOTES_FIT layouts, and always on a deck (the PowerPoint
 * notes pane; the HTML deck's notes panel). A deck carries no notes unless asked: it may go to the audience.
 */
export function notesAsked(format: ExportFormat, layout: ExportLayout): boolean {
  return format !== 'pdf' || NOTES_FIT.includes(layout);
}

/** Whether an export prints the speaker notes: the PDF's notes layout always, else when asked where they may be. */
export function notesPrinted(o: { format?: ExportFormat | undefined; layout?: ExportLayout | undefined; notes?: boolean | undefined }): boolean {
  const format = o.format ?? 'pdf';
  const layout = o.layout ?? 'slides';
  return (format === 'pdf' && layout === 'notes') || (o.notes === true && notesAsked(format, layout));
}

/** Whether `paper` applies: the PDF's paper layouts only. */
export function paperAsked(format: ExportFormat, layout: ExportLayout): boolean {
  return format === 'pdf' && PAPER_LAYOUTS.includes(layout);
}

/** The format an output path's extension names (case-insensitive), if any: `--out deck.pptx` needs no `--format`. */
export function formatOfPath(path: string): ExportFormat | undefined {
  const lower = path.toLowerCase();
  return EXPORT_FORMATS.find((f) => lower.endsWith(FORMAT_EXTENSIONS[f]));
}

/**
 * Why these options do not go together, as a sentence naming the options (`--layout`, `--notes`), or undefined when
 * they do. The one check the CLI, the exporters and the dialog share.
 */
export function optionsMisfit(o: { format: ExportFormat; layout: ExportLayout; notes: boolean; paper?: Paper; start?: string; slot?: string }): string | undefined {
  const layouts: readonly ExportLayout[] = FORMAT_LAYOUTS[o.format];
  if (!layouts.includes(o.layout)) return `the ${o.format} format has the ${layouts.join(', ')} layout only; "${o.layout}" is a PDF layout`;
  if ((o.start !== undefined || o.slot !== undefined) && !scheduleAsked(o.format, o.layout)) {
    return `start and slot apply to the run-sheet layout only, not to ${o.layout}`;
  }
  if (o.notes && o.layout !== 'notes' && !notesAsked(o.format, o.layout)) {
    return `speaker notes do not fit the ${o.layout} layout; choose ${[...NOTES_FIT, 'notes'].join(', ')}, or leave notes off`;
  }
  if (o.paper !== undefined && o.format !== 'pdf') return `paper applies to PDF handouts only, not to the ${o.format} format`;
  return undefined;
}

export const PAPERS = ['letter', 'a4'] as const;
export const Paper = z.enum(PAPERS);
export type Paper = z.infer<typeof Paper>;

/** `both` prints each slide's text in both languages (a bilingual handout). */
export const EXPORT_LANGS = ['en', 'es', 'both'] as const;
export const ExportLang = z.enum(EXPORT_LANGS);
export type ExportLang = z.infer<typeof ExportLang>;

export const ExportOptions = z
  .object({
    format: ExportFormat.default('pdf'),
    layout: ExportLayout.default('slides'),
    lang: ExportLang,
    /** Topic ids in the order to export; all topics when absent. */
    topics: z.array(z.string().min(1)).max(10_000).optional(),
    /** Backup slides are left out unless included. */
    backup: z.enum(['include', 'exclude']).default('exclude'),
    /** Speaker notes on a layout in NOTES_FIT, or in a deck (pptx, html): see notesAsked. */
    notes: z.boolean().default(false),
    /** Paper for the paper layouts; when absent, the pack's `meta.paper`, else letter. */
    paper: Paper.optional(),
    /** Run sheet only: the clock time the talk starts, 24-hour "HH:MM"; without it the sheet counts from 0:00. */
    start: z.string().refine((s) => parseStart(s) !== null, { message: 'expected a 24-hour time like "14:30"' }).optional(),
    /** Run sheet only: the time the talk has, written as a planned time ("10m", "1h30m"). */
    slot: z.string().refine((s) => slotProblem(s) === null && parseDuration(s) !== null, { message: 'expected a planned time like "10m" or "1h30m"' }).optional(),
  })
  .strict();
/** As written by a caller (defaults not applied). */
export type ExportOptionsInput = z.input<typeof ExportOptions>;
/** As the exporter reads them (defaults applied). */
export type ExportOptions = z.output<typeof ExportOptions>;

/** Export options as a command line or a form spells them: every value a string (or a flag), none checked yet. */
export interface AskedExportOptions {
  format?: string;
  layout: string;
  lang: string;
  backup: string;
  notes: boolean;
  paper?: string;
  start?: string;
  slot?: string;
}

const oneOf = (name: string, allowed: readonly string[], got: string) => `${name} must be one of ${allowed.join(', ')}; got "${got}"`;

/**
 * Why options as asked (`AskedExportOptions`; `format` already settled, e.g. from the output path) are not an export,
 * as a sentence naming the first bad option the way the caller spells it (`name('notes')` → "--notes" on the command
 * line); null when they are one. The same rules the exporters apply (the schema, `optionsMisfit`), checked before a
 * pack is loaded, so a caller can tell a usage error from a failed export.
 */
export function askedOptionsProblem(asked: AskedExportOptions & { format: string }, name: (option: string) => string = (o) => o): string | null {
  if (!(EXPORT_FORMATS as readonly string[]).includes(asked.format)) return oneOf(name('format'), EXPORT_FORMATS, asked.format);
  if (!(EXPORT_LAYOUTS as readonly string[]).includes(asked.layout)) return oneOf(name('layout'), EXPORT_LAYOUTS, asked.layout);
  if (!(EXPORT_LANGS as readonly string[]).includes(asked.lang)) return oneOf(name('lang'), EXPORT_LANGS, asked.lang);
  if (asked.backup !== 'include' && asked.backup !== 'exclude') return `${name('backup')} must be include or exclude; got "${asked.backup}"`;
  if (asked.paper !== undefined && !(PAPERS as readonly string[]).includes(asked.paper)) return oneOf(name('paper'), PAPERS, asked.paper);
  const start = asked.start === undefined ? null : startProblem(asked.start);
  if (start) return `${name('start')}: ${start}`;
  const slot = asked.slot === undefined ? null : slotProblem(asked.slot);
  if (slot) return `${name('slot')}: ${slot}`;
  const misfit = optionsMisfit({
    format: asked.format as ExportFormat,
    layout: asked.layout as ExportLayout,
    notes: asked.notes,
    ...(asked.paper !== undefined ? { paper: asked.paper as Paper } : {}),
    ...(asked.start !== undefined ? { start: asked.start } : {}),
    ...(asked.slot !== undefined ? { slot: asked.slot } : {}),
  });
  if (!misfit) return null;
  return misfit
    .replace(/^speaker notes do not/, `${name('notes')} does not`)
    .replace(/^paper/, name('paper'))
    .replace(/^start and slot/, `${name('start')} and ${name('slot')}`);
}

/**
 * Why `topics` (ids as asked) do not name topics of a briefing with `known` ids, naming the option as the caller spells
 * it; null when every one does. The exporters refuse the same ids (`UnknownTopicError`).
 */
export function unknownTopicsProblem(topics: readonly string[] | undefined, known: readonly string[], name: (option: string) => string = (o) => o): string | null {
  const unknown = topics?.filter((t) => !known.includes(t)) ?? [];
  return unknown.length ? `${name('topics')}: no topic "${unknown.join('", "')}"; this briefing has ${known.join(', ')}` : null;
}
