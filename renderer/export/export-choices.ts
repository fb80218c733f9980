// What the Export dialog offers and asks for, as pure functions of the export options schema and the pack: which
// choices apply to which layout, the topic list and its default, and the request the choices make.
import {
  EXPORT_FORMATS,
  EXPORT_LANGS,
  EXPORT_LAYOUTS,
  FORMAT_LAYOUTS,
  notesAsked,
  paperAsked,
  PAPERS,
  parseStart,
  scheduleAsked,
  type ExportFormat,
  type ExportLang,
  type ExportLayout,
  type ExportOptionsInput,
  type Paper,
} from '../../main/model/export-options';
import type { Briefing, Lang } from '../../main/model/schema';
import { durationCode } from '../../main/model/duration';
import { applyRun } from '../../main/model/flow';

export { EXPORT_FORMATS, EXPORT_LAYOUTS, PAPERS };

/** Everything the dialog lets a briefer choose. `topics` holds the chosen ids in the order they are listed. */
export interface ExportChoice {
  /** PDF, PowerPoint or the HTML deck (issue 16). */
  format: ExportFormat;
  layout: ExportLayout;
  lang: ExportLang;
  topics: string[];
  backup: 'include' | 'exclude';
  notes: boolean;
  paper: Paper;
  /** Run sheet: the start time as typed ("14:30"; '' for none), and today's run's slot in seconds (null: none). */
  start: string;
  slot: number | null;
}

/** Speaker notes: part of the `notes` layout, a choice on NOTES_FIT layouts and in a deck, never on the others. */
export function notesRule(layout: ExportLayout, format: ExportFormat = 'pdf'): 'always' | 'optional' | 'never' {
  if (format === 'pdf' && layout === 'notes') return 'always';
  return notesAsked(format, layout) ? 'optional' : 'never';
}

export function paperApplies(layout: ExportLayout, format: ExportFormat = 'pdf'): boolean {
  return paperAsked(format, layout);
}

/** The layouts the dialog offers for a format (a deck is slides only). */
export function layoutChoices(format: ExportFormat): readonly ExportLayout[] {
  return FORMAT_LAYOUTS[format];
}

/** The choice after picking `format`: a layout the format has (slides when the old one is PDF-only). */
export function withFormat(choice: ExportChoice, format: ExportFormat): ExportChoice {
  const layouts = layoutChoices(format);
  return { ...choice, format, layout: layouts.includes(choice.layout) ? choice.layout : (layouts[0] ?? 'slides') };
}

/** The languages the pack offers, and `both` when it offers English and Spanish. */
export function langChoices(languages: readonly Lang[]): ExportLang[] {
  return EXPORT_LANGS.filter((l) => (l === 'both' ? languages.includes('en') && languages.includes('es') : languages.includes(l)));
}

/** Topic ids in the order the dialog lists them: today's run first, in its order, then the rest as in the pack. */
export function topicOrder(pack: Briefing, run: readonly string[] | null): string[] {
  const known = pack.topics.map((t) => t.id);
  const first = (run ?? []).filter((id) => known.includes(id));
  return [...first, ...known.filter((id) => !first.includes(id))];
}

/** The run's topics when a run is active, else every topic: what `applyRun` presents. */
export function defaultTopics(pack: Briefing, run: readonly string[] | null): string[] {
  return applyRun(pack, run).topics.map((t) => t.id);
}

/** Ticks or unticks a topic, keeping the chosen ids in the listed order. */
export function toggleTopic(chosen: readonly string[], id: string, order: readonly string[]): string[] {
  const next = new Set(chosen);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return order.filter((t) => next.has(t));
}

/** Where the dialog starts: slides of the run (or the whole pack) in the language on screen, both when bilingual. */
export function initialChoice(
  pack: Briefing,
  show: { run: readonly string[] | null; lang: Lang; bilingual: boolean; slot?: number | null },
  remembered: Partial<Pick<ExportChoice, 'format' | 'layout' | 'backup' | 'notes' | 'paper'>> = {},
): ExportChoice {
  const langs = langChoices(pack.meta.languages);
  const wanted: ExportLang = show.bilingual && langs.includes('both') ? 'both' : show.lang;
  const format = remembered.format ?? 'pdf';
  const layout = remembered.layout && layoutChoices(format).includes(remembered.layout) ? remembered.layout : 'slides';
  return {
    format,
    layout,
    lang: langs.includes(wanted) ? wanted : (langs[0] ?? 'en'),
    topics: defaultTopics(pack, show.run),
    backup: remembered.backup ?? 'exclude',
    notes: remembered.notes ?? false,
    paper: remembered.paper ?? pack.meta.paper ?? 'letter',
    start: '',
    slot: show.slot ?? null,
  };
}

/** The request these choices make: options that do not apply to the layout are left out; all topics in pack order as none. */
export function exportRequest(choice: ExportChoice, pack: Briefing): ExportOptionsInput {
  const all = pack.topics.map((t) => t.id);
  const everyTopicInOrder = choice.topics.length === all.length && choice.topics.every((id, i) => id === all[i]);
  return {
    // PDF is the default: a PDF request reads as it did before decks existed.
    ...(choice.format !== 'pdf' ? { format: choice.format } : {}),
    layout: choice.layout,
    lang: choice.lang,
    ...(everyTopicInOrder ? {} : { topics: [...choice.topics] }),
    backup: choice.backup,
    ...(notesRule(choice.layout, choice.format) === 'optional' && choice.notes ? { notes: true } : {}),
    ...(paperApplies(choice.layout, choice.format) ? { paper: choice.paper } : {}),
    // A run sheet's start when it reads as one (the dialog says why not), and the run's slot.
    ...(scheduleAsked(choice.format, choice.layout) && parseStart(choice.start) !== null ? { start: choice.start.trim() } : {}),
    ...(scheduleAsked(choice.format, choice.layout) && choice.slot !== null ? { slot: durationCode(choice.slot) } : {}),
  };
}

/** Backup slides in the chosen topics, to say how many "Include backup slides" adds. */
export function backupCount(pack: Briefing, topics: readonly string[]): number {
  return pack.topics.filter((t) => topics.includes(t.id)).reduce((n, t) => n + t.slides.filter((s) => s.backup).length, 0);
}

/** A fresh id naming one export, for its progress events and its cancel (works outside secure contexts too). */
export function newExportId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}
