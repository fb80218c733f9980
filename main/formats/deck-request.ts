// What a deck export (PowerPoint or HTML) is asked for, checked once against the rulebook (export-options.ts) and
// the briefing before any file is opened: the options, the languages, the topics and slides it holds.
import type { Briefing, Lang } from '../model/schema';
import { ExportOptions, optionsMisfit, type ExportFormat, type ExportOptionsInput } from '../model/export-options';
import { ExportError } from '../pdf/export';
import { select, UnknownTopicError, type Selection } from '../pdf/selection';

/** A deck export's options, checked, with its selection. */
export interface DeckRequest {
  format: ExportFormat;
  lang: Lang;
  /** The language shown beneath in a bilingual deck (`lang: both`). */
  lang2: Lang | undefined;
  notes: boolean;
  /** Topic ids as asked (a tailored run), or undefined for all. */
  topics: string[] | undefined;
  backup: 'include' | 'exclude';
  selection: Selection;
}

/**
 * Parses and checks `asked` for a deck of `format`; `what` (the output path) names the target in messages.
 * Throws ExportError "Cannot export WHAT: …" for options that do not fit the format, unknown topics, or nothing to show.
 */
export function resolveDeckRequest(briefing: Briefing, asked: ExportOptionsInput, format: ExportFormat, what: string): DeckRequest {
  const parsed = ExportOptions.safeParse({ ...asked, format });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new ExportError(what, `Cannot export ${what}: ${where}${issue?.message ?? 'invalid options'}`);
  }
  const o = parsed.data;
  const misfit = optionsMisfit(o);
  if (misfit) throw new ExportError(what, `Cannot export ${what}: ${misfit}`);
  let selection: Selection;
  try {
    selection = select(briefing, o.topics, o.backup);
  } catch (e) {
    if (e instanceof UnknownTopicError) throw new ExportError(what, `Cannot export ${what}: ${e.message}`, { cause: e });
    throw e;
  }
  if (selection.groups.length === 0) {
    const which = o.topics ? `the chosen topics (${o.topics.join(', ')})` : 'this briefing';
    throw new ExportError(what, `Cannot export ${what}: ${which} ${o.topics && o.topics.length === 1 ? 'has' : 'have'} no slides outside the backup`);
  }
  const both = o.lang === 'both';
  return {
    format,
    lang: both ? 'en' : (o.lang as Lang),
    lang2: both ? 'es' : undefined,
    notes: o.notes,
    topics: o.topics,
    backup: o.backup,
    selection,
  };
}

/** How many slides the deck holds (its "pages" in the Export dialog and the CLI's summary). */
export const deckSlideCount = (r: DeckRequest): number => r.selection.groups.reduce((n, g) => n + g.slides.length, 0);
