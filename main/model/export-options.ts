// What an export is asked for (PDF, PowerPoint or a self-contained HTML deck), written once: the CLI flags, the IPC request and the app's Export dialog all
// derive from these schemas, so a layout or option added here reaches every side.
import * as z from 'zod';

export const EXPORT_LAYOUTS = ['slides', 'handout-1', 'handout-2', 'handout-3', 'handout-6', 'notes', 'brief'] as const;
export const ExportLayout = z.enum(EXPORT_LAYOUTS);
export type ExportLayout = z.infer<typeof ExportLayout>;

/** Layouts on which `notes: true` adds the speaker notes (the `notes` layout always has them). */
export const NOTES_FIT: readonly ExportLayout[] = ['handout-1', 'handout-2', 'handout-3'];
/** Layouts printed on paper (the others are 16:9 slide pages). */
export const PAPER_LAYOUTS: readonly ExportLayout[] = ['handout-1', 'handout-2', 'handout-3', 'handout-6', 'notes', 'brief'];

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
export function optionsMisfit(o: { format: ExportFormat; layout: ExportLayout; notes: boolean; paper?: Paper }): string | undefined {
  const layouts: readonly ExportLayout[] = FORMAT_LAYOUTS[o.format];
  if (!layouts.includes(o.layout)) return `the ${o.format} format has the ${layouts.join(', ')} layout only; "${o.layout}" is a PDF layout`;
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
  })
  .strict();
/** As written by a caller (defaults not applied). */
export type ExportOptionsInput = z.input<typeof ExportOptions>;
/** As the exporter reads them (defaults applied). */
export type ExportOptions = z.output<typeof ExportOptions>;
