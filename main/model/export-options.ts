// What a PDF export is asked for, written once: the CLI flags, the IPC request and the app's Export dialog all
// derive from these schemas, so a layout or option added here reaches every side.
import * as z from 'zod';

export const EXPORT_LAYOUTS = ['slides', 'handout-1', 'handout-2', 'handout-3', 'handout-6', 'notes', 'brief'] as const;
export const ExportLayout = z.enum(EXPORT_LAYOUTS);
export type ExportLayout = z.infer<typeof ExportLayout>;

/** Layouts on which `notes: true` adds the speaker notes (the `notes` layout always has them). */
export const NOTES_FIT: readonly ExportLayout[] = ['handout-1', 'handout-2', 'handout-3'];
/** Layouts printed on paper (the others are 16:9 slide pages). */
export const PAPER_LAYOUTS: readonly ExportLayout[] = ['handout-1', 'handout-2', 'handout-3', 'handout-6', 'notes', 'brief'];

export const PAPERS = ['letter', 'a4'] as const;
export const Paper = z.enum(PAPERS);
export type Paper = z.infer<typeof Paper>;

/** `both` prints each slide's text in both languages (a bilingual handout). */
export const EXPORT_LANGS = ['en', 'es', 'both'] as const;
export const ExportLang = z.enum(EXPORT_LANGS);
export type ExportLang = z.infer<typeof ExportLang>;

export const ExportOptions = z
  .object({
    layout: ExportLayout.default('slides'),
    lang: ExportLang,
    /** Topic ids in the order to export; all topics when absent. */
    topics: z.array(z.string().min(1)).max(10_000).optional(),
    /** Backup slides are left out unless included. */
    backup: z.enum(['include', 'exclude']).default('exclude'),
    /** Speaker notes on a layout in NOTES_FIT. */
    notes: z.boolean().default(false),
    /** Paper for the paper layouts; when absent, the pack's `meta.paper`, else letter. */
    paper: Paper.optional(),
  })
  .strict();
/** As written by a caller (defaults not applied). */
export type ExportOptionsInput = z.input<typeof ExportOptions>;
/** As the exporter reads them (defaults applied). */
export type ExportOptions = z.output<typeof ExportOptions>;
