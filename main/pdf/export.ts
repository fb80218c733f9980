// PDF export's entry point: checks the request, draws the chosen layout and writes it safely to disk.
import type { Briefing, Lang } from '../model/schema';
import { localize } from '../model/text';
import { renderSlides, slidesToPrint } from './slides';
import { writeAtomic, WriteError } from '../files/write-atomic';

export interface ExportPdfOptions {
  layout: 'slides';
  lang: Lang;
  /** Topic ids to include, in the briefing's order; all when absent. */
  topics?: string[];
  outPath: string;
  /** The pack folder, against which image paths resolve. */
  packDir: string;
}

/** An export that could not be done, with a sentence naming the path and the reason. */
export class ExportError extends Error {
  constructor(readonly path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExportError';
  }
}

function chooseTopics(briefing: Briefing, ids: string[] | undefined, lang: Lang, outPath: string): Briefing['topics'] {
  if (ids === undefined) return briefing.topics;
  const known = briefing.topics.map((t) => t.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new ExportError(outPath, `Cannot export ${outPath}: no topic ${unknown.map((u) => `"${u}"`).join(', ')} in this briefing (topics: ${known.join(', ')})`);
  }
  const chosen = briefing.topics.filter((t) => ids.includes(t.id));
  if (slidesToPrint(chosen).length === 0) {
    throw new ExportError(outPath, `Cannot export ${outPath}: the chosen topics (${chosen.map((t) => localize(t.title, lang)).join(', ')}) have no slides outside the backup`);
  }
  return chosen;
}

export async function exportPdf(briefing: Briefing, opts: ExportPdfOptions): Promise<{ path: string; pages: number }> {
  const topics = chooseTopics(briefing, opts.topics, opts.lang, opts.outPath);
  let pages = 0;
  try {
    await writeAtomic(opts.outPath, (out) => {
      pages = renderSlides(briefing, topics, out, { lang: opts.lang, packDir: opts.packDir });
    });
  } catch (e) {
    if (e instanceof WriteError) throw new ExportError(opts.outPath, e.message, { cause: e });
    throw new ExportError(opts.outPath, `Cannot write ${opts.outPath}: ${(e as Error).message}`, { cause: e });
  }
  return { path: opts.outPath, pages };
}
