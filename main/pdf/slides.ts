// The `slides` PDF layout: one 16:9 page per slide, framed, with a bookmark per topic.
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Briefing, Lang, Slide, Topic } from '../model/schema';
import { localize } from '../model/text';
import { FONT, fontFile, registerFonts } from './fonts';
import { bookmarkTopic } from './outline';
import { contentBand, drawFrame } from './page-frame';
import { drawSlide, isDark } from './slide-layouts';
import { PAGE } from './theme';

export interface SlidesOptions { lang: Lang; packDir: string }

/** Topics with the slides that go in the PDF (backup slides stay out); topics left empty are dropped. */
export function slidesToPrint(topics: Topic[]): { topic: Topic; slides: Slide[] }[] {
  return topics
    .map((topic) => ({ topic, slides: topic.slides.filter((s) => !s.backup) }))
    .filter((t) => t.slides.length > 0);
}

const SOURCE_LABEL: Record<Lang, [one: string, many: string]> = { en: ['Source', 'Sources'], es: ['Fuente', 'Fuentes'] };

/** "Source: <publisher>, <title>, <date>" for the slide's own and its figures' sources; undefined when none. */
export function sourceLine(briefing: Briefing, slide: Slide, lang: Lang): string | undefined {
  const ids = [...slide.sources, ...(slide.layout === 'stats' ? slide.stats.flatMap((s) => (s.source ? [s.source] : [])) : [])];
  const unique = [...new Set(ids)];
  const parts = unique.flatMap((id) => {
    const src = briefing.sources.find((s) => s.id === id);
    return src ? [`${localize(src.publisher, lang)}, ${localize(src.title, lang)}, ${src.date}`] : [];
  });
  if (parts.length === 0) return undefined;
  const [one, many] = SOURCE_LABEL[lang];
  return `${parts.length === 1 ? one : many}: ${parts.join('; ')}`;
}

function byline(briefing: Briefing, lang: Lang): string {
  const m = briefing.meta;
  return [localize(m.presenter, lang), localize(m.organization, lang), m.date ?? m.asOf].filter(Boolean).join('  ·  ');
}

/** Draws the deck into `out` (and ends it); returns the page count. */
export function renderSlides(briefing: Briefing, topics: Topic[], out: Writable, opts: SlidesOptions): number {
  const { lang } = opts;
  const meta = briefing.meta;
  const title = localize(meta.title, lang);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    font: fontFile(FONT.regular),
    lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: title,
      Author: localize(meta.organization, lang),
      Subject: localize(meta.subtitle, lang) ?? title,
      Creator: 'Puente',
    },
  });
  doc.pipe(out);
  registerFonts(doc);
  const groups = slidesToPrint(topics);
  const pageCount = groups.reduce((n, g) => n + g.slides.length, 0);
  const band = contentBand(meta.classification !== undefined);
  const by = byline(briefing, lang);
  let page = 0;
  for (const { topic, slides } of groups) {
    slides.forEach((slide, i) => {
      doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
      page += 1;
      if (i === 0) bookmarkTopic(doc, localize(topic.title, lang));
      drawSlide({ doc, lang, packDir: opts.packDir, top: band.top, bottom: band.bottom, byline: by }, slide);
      drawFrame(doc, {
        pageNumber: page,
        pageCount,
        footerLabel: title,
        classification: meta.classification,
        sourceLine: sourceLine(briefing, slide, lang),
        dark: isDark(slide),
      });
    });
  }
  doc.end();
  return pageCount;
}
