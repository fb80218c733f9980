// PowerPoint export (issue 16): an editable .pptx of the chosen topics and language — real text boxes, a native bar
// chart, speaker notes in the notes pane when asked, each topic a PowerPoint section, backup slides hidden — written
// safely to disk (temp file, then rename) as the PDF is.
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { Briefing } from '../model/schema';
import { localize } from '../model/text';
import type { ExportOptionsInput } from '../model/export-options';
import { writeAtomic, WriteError } from '../files/write-atomic';
import { ExportCancelled, ExportError, type ExportControl, type Exported } from '../pdf/export';
import { exportDate } from '../pdf/document-info';
import { notesRuns } from '../pdf/notes';
import { sourceLine } from '../pdf/slides';
import { BANNER, PAGE } from '../pdf/theme';
import { deckSlideCount, resolveDeckRequest, type DeckRequest } from '../formats/deck-request';
import { addBanners, addLayout, addSourceLine, type PptxSlideContext } from './slide-layouts';
import { prepareDeckPictures, PictureError, type DeckPicture } from './pictures';
import { FONT_FACE, LANG_TAG, plain } from './text-runs';

export interface ExportPptxOptions extends ExportOptionsInput {
  outPath: string;
  /** The pack folder, against which image paths resolve. */
  packDir: string;
  /** Where SOURCE_DATE_EPOCH is read from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Builds the deck in memory; `pictures` holds every image the selection names. Pure apart from pptxgenjs. */
export function buildPptx(briefing: Briefing, r: DeckRequest, pictures: Map<string, DeckPicture>): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in: the 960 × 540 pt slide the PDF draws
  pptx.title = plain(localize(briefing.meta.title, r.lang));
  pptx.author = plain(localize(briefing.meta.presenter ?? briefing.meta.organization, r.lang));
  pptx.company = plain(localize(briefing.meta.organization, r.lang));
  pptx.subject = plain(localize(briefing.meta.subtitle ?? briefing.meta.title, r.lang));
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  const marking = r.selection.marking;
  const b = marking ? BANNER : 0;
  const band = { top: b, bottom: PAGE.height - b };
  const cite = (id: string) => r.selection.citations.get(id);
  for (const { topic, slides } of r.selection.groups) {
    const sectionTitle = plain(localize(topic.title, r.lang)) || topic.id;
    pptx.addSection({ title: sectionTitle });
    for (const s of slides) {
      const slide = pptx.addSlide({ sectionTitle });
      const ctx: PptxSlideContext = { pptx, slide, briefing, band, lang: r.lang, lang2: r.lang2, pictureOf: (p) => pictures.get(p) };
      addLayout(ctx, s);
      const dark = s.layout === 'title' || s.layout === 'section';
      const line = dark ? undefined : sourceLine(briefing, s, r.lang, cite);
      if (line) addSourceLine(ctx, line, dark);
      if (marking) addBanners(ctx, marking, BANNER);
      // Out of the main flow: a hidden slide the briefer shows by number when a question calls for it.
      if (s.backup) slide.hidden = true;
      if (r.notes) {
        // The notes' paragraphs: the first language, then the second when it differs.
        const notes = notesRuns(s, r.lang, r.lang2).map((run) => run.text).filter((t) => t.trim() !== '');
        if (notes.length > 0) slide.addNotes(plain(notes.join('\n\n')));
      }
    }
  }
  return pptx;
}

/**
 * Paragraph properties pptxgenjs writes after a run or a line break in a paragraph of several runs (a bilingual
 * line): OOXML allows `a:pPr` only first in `a:p`, and PowerPoint offers to "repair" a file that has one elsewhere.
 */
const MISPLACED_PPR = /(<a:br\/>|<\/a:r>)(?:<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>.*?<\/a:pPr>)/g;

/** A slide's XML with only the paragraph properties OOXML allows (see MISPLACED_PPR). */
export const dropMisplacedParagraphProps = (xml: string): string => xml.replace(MISPLACED_PPR, '$1');

/**
 * Finishes the package pptxgenjs wrote: slides keep only well-placed paragraph properties, and the dates a PPTX
 * carries — its zip entries and docProps/core.xml — are `date`, so SOURCE_DATE_EPOCH gives byte-identical files.
 * Returns the re-zipped package.
 */
export async function finishPackage(pkg: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pkg);
  const out = new JSZip();
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // pptxgenjs numbers charts (and their workbooks) with a counter that runs on for the whole process; number them
  // from 1 in each file, so a second export in the same process writes the same bytes.
  const chartIds = Object.keys(zip.files).flatMap((n) => /^ppt\/charts\/chart(\d+)\.xml$/.exec(n)?.[1] ?? []).map(Number).sort((a, b) => a - b);
  const renumber = new Map(chartIds.map((id, i) => [String(id), String(i + 1)]));
  const chartNames = (text: string) => text.replace(/\b(chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g, (m, kind: string, id: string, ext: string) => `${kind}${renumber.get(id) ?? id}${ext}`);
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async('uint8array');
    if (/\.(xml|rels)$/.test(name)) data = chartNames(new TextDecoder().decode(data));
    if (name === 'docProps/core.xml') {
      data = (data as string).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`);
    } else if (/^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name)) {
      data = dropMisplacedParagraphProps(data as string);
    } else if (name === 'ppt/presentation.xml') {
      // pptxgenjs gives each section a random GUID; number them instead (a GUID is all PowerPoint asks).
      let n = 0;
      data = (data as string).replace(/(<p14:section\b[^>]*\bid=")\{[0-9a-fA-F-]+\}/g, (_m, head: string) => `${head}{00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}}`);
    } else if (name.endsWith('.xlsx')) {
      // The chart's embedded workbook (its editable numbers) is a zip of its own, with its own dates.
      data = await finishPackage(Buffer.from(data as Uint8Array), date);
    }
    // No folder entries: JSZip would date them now (OPC packages need none).
    out.file(chartNames(name), data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The slides of a deck export, for the Export dialog's count; throws ExportError as exportPptx would. */
export function planPptx(briefing: Briefing, opts: ExportOptionsInput): { pages: number } {
  return { pages: deckSlideCount(resolveDeckRequest(briefing, opts, 'pptx', 'this briefing')) };
}

/**
 * Writes the .pptx (temp file, then rename). Resolves with the path and the slide count (as `pages`); rejects with
 * ExportCancelled, or an ExportError naming the path (bad options, a picture that cannot go in, a write failure).
 */
export async function exportPptx(briefing: Briefing, input: ExportPptxOptions, control: ExportControl = {}): Promise<Exported> {
  const { outPath, packDir, env, ...asked } = input;
  const r = resolveDeckRequest(briefing, asked, 'pptx', outPath);
  let date: Date;
  try {
    date = exportDate(env ?? process.env);
  } catch (e) {
    throw new ExportError(outPath, `Cannot export ${outPath}: ${(e as Error).message}`);
  }
  const imageSlides = r.selection.groups.flatMap((g) => g.slides.flatMap((s) => (s.layout === 'image' ? [{ id: s.id, image: s.image }] : [])));
  let pictures: Map<string, DeckPicture>;
  try {
    pictures = await prepareDeckPictures(packDir, imageSlides);
  } catch (e) {
    if (e instanceof PictureError) throw new ExportError(outPath, `Cannot export ${outPath}: ${e.message}`, { cause: e });
    throw e;
  }
  if (control.signal?.aborted) throw new ExportCancelled(outPath);
  const total = deckSlideCount(r);
  const pkg = await finishPackage((await buildPptx(briefing, r, pictures).write({ outputType: 'nodebuffer', compression: true })) as Buffer, date);
  control.onProgress?.(total, total);
  if (control.signal?.aborted) throw new ExportCancelled(outPath);
  try {
    await writeAtomic(outPath, (out) => {
      out.end(pkg);
    });
  } catch (e) {
    if (e instanceof WriteError) throw new ExportError(outPath, e.message, { cause: e });
    throw new ExportError(outPath, `Cannot write ${outPath}: ${(e as Error).message}`, { cause: e });
  }
  return { path: outPath, pages: total, cuts: [] };
}
