// Draws a planned document page by page into a stream: named destinations and nested bookmarks for each anchor,
// the frame, progress after each page and a cancel check between pages. Pages are streamed, never buffered.
import type { Writable } from 'node:stream';
import type { Briefing } from '../model/schema';
import { localize } from '../model/text';
import { createPdfDocument } from './document-info';
import { findFacesFor } from '../fonts/chain';
import { watchCuts } from './cut-watch';
import type { PrintedCut } from '../model/export-warnings';
import { registerFonts } from './fonts';
import type { DrawEnv } from './layout';
import { bookmarker } from './outline';
import { drawFrame } from './page-frame';
import { measureWith } from './measure';
import { preparePackImages } from './pack-image';
import { pageSizeFor } from './paginate';
import { planDocument, type ResolvedExport } from './plan';
import { select } from './selection';

/** Thrown between pages when the caller's AbortSignal has fired. */
export class RenderCancelled extends Error {}

export interface RenderOptions {
  packDir: string;
  env?: Readonly<Record<string, string | undefined>> | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

function byline(briefing: Briefing, o: ResolvedExport): string {
  const m = briefing.meta;
  return [localize(m.presenter, o.lang), localize(m.organization, o.lang), m.date ?? m.asOf].filter(Boolean).join('  ·  ');
}

/** What a render produced: its page count, and the author's texts it printed cut (with "…") or left out to fit. */
export interface Rendered { pages: number; cuts: PrintedCut[] }

/**
 * Plans the export with the document's own fonts, writes every page to `out` and ends it. The fonts on this computer
 * that the briefing's text needs (findFacesFor) are looked up first, so planning and drawing both use them.
 */
export async function renderExport(briefing: Briefing, o: ResolvedExport, out: Writable, r: RenderOptions): Promise<Rendered> {
  const meta = briefing.meta;
  await findFacesFor(stringsOf(briefing));
  // Pictures first: a bad one stops the export, naming its slide, before a byte is written.
  const shown = select(briefing, o.topics, o.backup).groups.flatMap((g) => g.slides);
  const images = await preparePackImages(r.packDir, shown.flatMap((s) => (s.layout === 'image' ? [s] : [])));
  const title = localize(meta.title, o.lang);
  const size = pageSizeFor(o.layout, o.paper);
  const doc = createPdfDocument({
    size: [size.width, size.height],
    lang: o.lang,
    title,
    author: [localize(meta.presenter, o.lang), localize(meta.organization, o.lang)].filter(Boolean).join(', '),
    subject: localize(meta.subtitle, o.lang) ?? title,
    keywords: select(briefing, o.topics, o.backup).groups.map((g) => localize(g.topic.title, o.lang)),
    ...(r.env ? { env: r.env } : {}),
  });
  doc.pipe(out);
  registerFonts(doc);
  // A text left out in one place and cut in another is told as cut: the reader sees part of it.
  const cuts = new Map<string, boolean>();
  watchCuts(doc, (text, how) => cuts.set(text, (cuts.get(text) ?? true) && how === 'left-out'));
  const plan = planDocument(briefing, o, measureWith(doc));
  let added = 0;
  doc.on('pageAdded', () => (added += 1));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const total = plan.pages.length;
  const env: Omit<DrawEnv, 'root'> = {
    doc,
    briefing,
    lang: o.lang,
    lang2: o.lang2,
    images,
    cite: (id) => plan.selection.citations.get(id),
    page: plan.page,
    area: plan.area,
    byline: byline(briefing, o),
    selection: plan.selection,
  };
  const bookmark = bookmarker(doc);
  for (const [i, page] of plan.pages.entries()) {
    if (r.signal?.aborted) throw new RenderCancelled('cancelled');
    doc.addPage({ size: [plan.page.width, plan.page.height], margin: 0 });
    for (const a of page.anchors) {
      doc.addNamedDestination(a.dest, 'XYZ', 0, a.y, null);
      bookmark(a);
    }
    page.draw({ ...env, root });
    drawFrame(doc, {
      page: plan.page,
      pageNumber: i + 1,
      pageCount: total,
      lang: o.lang,
      footerLabel: title,
      classification: plan.selection.marking,
      dark: page.dark,
    });
    if (added !== i + 1) throw new Error(`page ${i + 1} overflowed onto an extra page (internal layout error)`);
    r.onProgress?.(i + 1, total);
    // Let the file stream drain and a cancel arrive: pages leave memory as they are drawn.
    await new Promise<void>((res) => setImmediate(res));
  }
  if (r.signal?.aborted) throw new RenderCancelled('cancelled');
  root.end();
  doc.end();
  return { pages: total, cuts: [...cuts].map(([text, leftOut]) => ({ text, leftOut })) };
}

/** Every string in a briefing (text, and ids too: they are harmless here), for looking up fonts. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}
