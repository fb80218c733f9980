// Finds the slides whose text an export would cut with "…": lays out every slide with the one slide geometry the
// export and the stage draw (nothing is drawn or written) and reports each cut as a warning placed in the YAML.
import PDFDocument from 'pdfkit';
import { formatPath, type Problem } from '../model/problems';
import type { Briefing, Lang } from '../model/schema';
import { warningPlacer, type PlaceWarning } from '../briefing/place-warnings';
import { FONT, fontFile, registerFonts } from './fonts';
import { NO_IMAGES } from './pack-image';
import { contentBand } from './page-frame';
import { drawSlide, SlideDrawError, type FieldPath } from './slide-layouts';
import { PAGE } from './theme';
import { drawsBanner, everyExport } from './selection';
import { citedIds, sourceLineText } from '../model/slide-geometry';

// Placing a warning is the shared rule (briefing/place-warnings.ts); the default has no file to point into.
const unplaced: PlaceWarning = (path, message) => ({ severity: 'warning', file: '', line: 1, col: 1, path: formatPath(path), message });

/** Which exports to measure: one language, a bilingual export, or (default) each language the pack offers and both. */
export type OverflowLang = Lang | 'both';

function exportsToMeasure(briefing: Briefing, lang: OverflowLang | undefined): { lang: Lang; lang2?: Lang }[] {
  const offered = briefing.meta.languages;
  if (lang === 'both') {
    const [first = 'en', second] = offered;
    return [second && second !== first ? { lang: first, lang2: second } : { lang: first }];
  }
  if (lang) return [{ lang }];
  const each = [...new Set(offered)].map((l): { lang: Lang; lang2?: Lang } => ({ lang: l }));
  // A pack in two languages may be exported bilingual (--lang both: English with Spanish beneath): check that too.
  return each.length === 2 ? [...each, { lang: 'en', lang2: 'es' }] : each;
}

/**
 * One warning per slide and language whose text would be cut, placed at the first field cut and naming every one.
 * Backup slides count too: they may be exported with `--backup include`.
 */
export function findOverflows(briefing: Briefing, lang?: OverflowLang, place: PlaceWarning = unplaced): Problem[] {
  // The bundled face from the start, so pdfkit never loads a standard font it does not need.
  // Nothing is drawn: one page, to measure on, however many slides (a page per slide kept every page's objects).
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, font: fontFile(FONT.regular) });
  doc.on('data', () => undefined);
  registerFonts(doc);
  const band = contentBand(drawsBanner(everyExport(briefing)));
  // Numbers as wide as the appendix's: every source cited, in the order declared.
  const numbers = new Map(briefing.sources.map((s, i) => [s.id, i + 1]));
  const problems: Problem[] = [];
  const exports = exportsToMeasure(briefing, lang);
  briefing.topics.forEach((topic, ti) => {
    topic.slides.forEach((slide, si) => {
      for (const { lang: l, lang2 } of exports) {
        const cuts: { field: FieldPath; lang: Lang; leftOut: boolean }[] = [];
        try {
          drawSlide({
            doc, lang: l, lang2, images: NO_IMAGES, top: band.top, bottom: band.bottom, byline: '', measureOnly: true,
            cite: (id) => numbers.get(id),
            onCut: (field, cutLang, leftOut) => cuts.push({ field, lang: cutLang, leftOut }),
          }, slide, sourceLineText(briefing.sources, citedIds(slide), l, (id) => numbers.get(id)));
        } catch (e) {
          // Image paths are checked when the pack loads; here only the text matters.
          if (!(e instanceof SlideDrawError)) throw e;
        }
        const first = cuts[0];
        if (!first) continue;
        // A bilingual export is named as such; the fields cut say which language was cut (points are left out in both).
        const langs = lang2 ? `${l} + ${lang2} (bilingual)` : l;
        const where: FieldPath = ['topics', ti, 'slides', si, ...first.field];
        problems.push(place(where, `slide "${slide.id}" in ${langs}: ${overflowWhat(cuts, lang2 !== undefined)}; shorten the text or split the slide`));
      }
    });
  });
  doc.end();
  return problems;
}

/**
 * What happens to a slide's texts that do not fit, said exactly: those cut with "…", then a list's points left out
 * whole, which the slide counts in a last line ("+2 more points", "+1 more point and 2 sub-points").
 */
export function overflowWhat(cuts: readonly { field: FieldPath; lang: Lang; leftOut: boolean }[], bilingual: boolean): string {
  const cut = [...new Set(cuts.filter((c) => !c.leftOut).map((c) => `${formatPath(c.field)}${bilingual ? ` (${c.lang})` : ''}`))];
  const left = [...new Set(cuts.filter((c) => c.leftOut).map((c) => formatPath(c.field)))];
  const parts: string[] = [];
  if (cut.length === 1) parts.push(`its ${cut[0]} does not fit and is cut with "…" even at the smallest type`);
  else if (cut.length > 1) parts.push(`${cut.join(', ')} do not fit and are cut with "…" even at the smallest type`);
  const points = left.length === 1 ? `point ${left[0]} is` : `points ${left.join(', ')} are`;
  // The count itself is the slide's (MORE_WORDS: points, and sub-points of a point shown), not repeated here.
  if (left.length > 0) parts.push(`${cut.length ? '' : 'its list does not fit: '}${points} left out${bilingual ? ' in both languages' : ''}, the slide saying how many in a last line ("+N more")`);
  return parts.join('; ');
}

/** `findOverflows` with each warning placed at file:line:col in the pack's YAML file (`packFile`). */
export async function overflowWarnings(packFile: string, briefing: Briefing, lang?: OverflowLang): Promise<Problem[]> {
  return findOverflows(briefing, lang, await warningPlacer(packFile));
}
