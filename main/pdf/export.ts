// PDF export's entry point: checks the request, plans every page, then draws the chosen layout and writes it
// safely to disk (temp file, then rename), reporting progress and honouring cancel between pages.
import type { Briefing, Lang } from '../model/schema';
import { ExportOptions, NOTES_FIT, optionsMisfit, parseStart, type ExportOptionsInput } from '../model/export-options';
import { parseDuration } from '../model/duration';
import { fieldsOfCuts, type CutField } from '../model/export-warnings';
import { findFacesFor } from '../fonts/chain';
import { writeAtomic, WriteError } from '../files/write-atomic';
import { pdfMeasure } from './measure';
import { planDocument, type ResolvedExport } from './plan';
import { renderExport, RenderCancelled, stringsOf } from './render';
import { selectGroups, UnknownTopicError } from './selection';
import { SlideDrawError } from './slide-layouts';
import { overwritesPackInput } from '../briefing/pack-inputs';

export type ExportPdfOptions = ExportOptionsInput & {
  outPath: string;
  /** The pack folder, against which image paths resolve. */
  packDir: string;
  /** Where SOURCE_DATE_EPOCH is read from (default process.env); tests pass their own. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Refuse (write nothing) when any text would be printed cut: `puente export --strict`. */
  refuseCuts?: boolean;
};

/** What an export wrote: the file, its page count, and each text of the pack it printed cut with "…" or left out. */
export interface Exported { path: string; pages: number; cuts: CutField[] }

/** How a caller follows and stops a long export: progress per page drawn; aborting removes the partial file. */
export interface ExportControl {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** An export that could not be done, with a sentence naming the path and the reason. */
export class ExportError extends Error {
  constructor(readonly path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExportError';
  }
}

/** Refused by `refuseCuts`: nothing was written; `cuts` says which texts would have been cut. */
export class ExportRefused extends ExportError {
  constructor(path: string, readonly cuts: CutField[]) {
    super(path, `Not exported: ${cuts.length} text(s) would be printed cut with "…" or left out in ${path}; shorten them, or export without --strict`);
    this.name = 'ExportRefused';
  }
}

/**
 * The export was cancelled through ExportControl.signal: nothing was written and a file already at the path is
 * untouched. A subclass of ExportError whose message contains "cancelled".
 */
export class ExportCancelled extends ExportError {
  constructor(path: string) {
    super(path, `Export of ${path} cancelled; nothing was written`);
    this.name = 'ExportCancelled';
  }
}

/** Checks the options against the briefing; `what` names the target in messages (the output path). */
function resolveOptions(briefing: Briefing, asked: ExportOptionsInput, what: string): ResolvedExport {
  const parsed = ExportOptions.safeParse(asked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new ExportError(what, `Cannot export ${what}: ${where}${issue?.message ?? 'invalid options'}`);
  }
  const o = parsed.data;
  if (o.notes && o.layout !== 'notes' && !NOTES_FIT.includes(o.layout)) {
    throw new ExportError(what, `Cannot export ${what}: speaker notes do not fit the ${o.layout} layout; choose ${[...NOTES_FIT, 'notes'].join(', ')}, or leave notes off`);
  }
  const misfit = optionsMisfit({ format: 'pdf', layout: o.layout, notes: false, ...(o.start !== undefined ? { start: o.start } : {}), ...(o.slot !== undefined ? { slot: o.slot } : {}) });
  if (misfit) throw new ExportError(what, `Cannot export ${what}: ${misfit}`);
  const both = o.lang === 'both';
  const lang: Lang = both ? 'en' : (o.lang as Lang);
  return {
    layout: o.layout,
    lang,
    lang2: both ? 'es' : undefined,
    topics: o.topics,
    backup: o.backup,
    notes: o.notes,
    paper: o.paper ?? briefing.meta.paper ?? 'letter',
    start: o.start === undefined ? undefined : (parseStart(o.start) ?? undefined),
    slot: o.slot === undefined ? undefined : (parseDuration(o.slot) ?? undefined),
  };
}

/** Unknown topics, or nothing left to print, as ExportErrors — before any file is opened. */
function checkSelection(briefing: Briefing, o: ResolvedExport, what: string): void {
  let groups;
  try {
    groups = selectGroups(briefing, o.topics, o.backup);
  } catch (e) {
    if (e instanceof UnknownTopicError) throw new ExportError(what, `Cannot export ${what}: ${e.message}`, { cause: e });
    throw e;
  }
  if (groups.length === 0) {
    const which = o.topics ? `the chosen topics (${o.topics.join(', ')})` : 'this briefing';
    throw new ExportError(what, `Cannot export ${what}: ${which} ${o.topics && o.topics.length === 1 ? 'has' : 'have'} no slides outside the backup`);
  }
}

/** Looks up the fonts on this computer that the briefing's text needs, so a plan measures what the export draws. */
export const prepareFonts = (briefing: Briefing): Promise<void> => findFacesFor(stringsOf(briefing));

/** The exact number of pages exportPdf will write for these options (the Export dialog shows it; call prepareFonts first). */
export function planExport(briefing: Briefing, opts: ExportOptionsInput): { pages: number } {
  const o = resolveOptions(briefing, opts, 'this briefing');
  checkSelection(briefing, o, 'this briefing');
  return { pages: planDocument(briefing, o, pdfMeasure()).pages.length };
}

/**
 * Writes the PDF (temp file, then rename). Resolves with what was written, including the texts printed cut; rejects
 * with ExportCancelled, ExportRefused (refuseCuts, nothing written) or another ExportError naming the path.
 */
export async function exportPdf(briefing: Briefing, input: ExportPdfOptions, control: ExportControl = {}): Promise<Exported> {
  const { outPath, packDir, env, refuseCuts, ...asked } = input;
  const o = resolveOptions(briefing, asked, outPath);
  checkSelection(briefing, o, outPath);
  const clash = await overwritesPackInput(outPath, briefing, packDir);
  if (clash) throw new ExportError(outPath, `Cannot export: ${clash}`);
  let pages = 0;
  let cuts: CutField[] = [];
  try {
    await writeAtomic(outPath, async (out) => {
      const r = await renderExport(briefing, o, out, { packDir, env, onProgress: control.onProgress, signal: control.signal });
      pages = r.pages;
      cuts = fieldsOfCuts(briefing, r.cuts);
      // Thrown inside the write, so the temp file is removed and a file already at the path is untouched.
      if (refuseCuts && cuts.length > 0) throw new ExportRefused(outPath, cuts);
    });
  } catch (e) {
    const cause = e instanceof WriteError && e.cause !== undefined ? e.cause : e;
    if (cause instanceof ExportRefused) throw cause;
    if (cause instanceof RenderCancelled || control.signal?.aborted) throw new ExportCancelled(outPath);
    // A slide's own problem (its picture, say): the output file is not at fault, so do not say "Cannot write".
    if (cause instanceof SlideDrawError) throw new ExportError(outPath, `Cannot export ${outPath}: ${cause.message}`, { cause });
    if (e instanceof WriteError) throw new ExportError(outPath, e.message, { cause: e });
    throw new ExportError(outPath, `Cannot write ${outPath}: ${(e as Error).message}`, { cause: e });
  }
  return { path: outPath, pages, cuts };
}
