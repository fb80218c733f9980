// The `slides` PDF layout: one 16:9 page per slide, looking like the screen, with its sources in the footer.
import type { Briefing, Lang, Slide } from '../model/schema';
import { localizedRun } from '../model/text';
import { slideAnchor, topicAnchor, type PlanInput, type PlannedPage } from './layout';
import { contentBand } from './page-frame';
import { citedIds, sourceLineText } from '../model/slide-geometry';
import { citedBy, drawsBanner } from './selection';
import { WORDS } from './words';
import { drawSlide, isDark } from './slide-layouts';
import { slideContext } from './thumbnail';
import { group, runsText, type Run } from './tagging';

/** sourceLine as runs, the publisher and title each in the language the pack gives them in; undefined when none. */
export function sourceRuns(briefing: Briefing, slide: Slide, lang: Lang, cite?: (id: string) => number | undefined): Run[] | undefined {
  const parts = citedBy(slide).flatMap((id): Run[][] => {
    const src = briefing.sources.find((s) => s.id === id);
    const n = cite?.(id);
    if (!src) return [];
    const publisher = localizedRun(src.publisher, lang);
    const title = localizedRun(src.title, lang);
    return [[{ text: n !== undefined ? `[${n}] ` : '' }, { text: publisher.text, lang: publisher.lang }, { text: ', ' }, { text: title.text, lang: title.lang }, { text: `, ${src.date}` }]];
  });
  if (parts.length === 0) return undefined;
  return [{ text: `${parts.length === 1 ? WORDS[lang].source : WORDS[lang].sources}: `, lang }, ...parts.flatMap((p, i) => (i === 0 ? p : [{ text: '; ' }, ...p]))];
}

/** "Source: <publisher>, <title>, <date>" for the slide's own and its figures' sources; undefined when none. */
export function sourceLine(briefing: Briefing, slide: Slide, lang: Lang, cite?: (id: string) => number | undefined): string | undefined {
  const runs = sourceRuns(briefing, slide, lang, cite);
  return runs && runsText(runs);
}

export function planSlides(input: PlanInput): PlannedPage[] {
  const { briefing, selection, lang } = input;
  const cite = (id: string) => selection.citations.get(id);
  return selection.groups.flatMap(({ topic, slides }) =>
    slides.map((slide, i): PlannedPage => {
      return {
      anchors: [
        ...(i === 0 ? [topicAnchor(topic, lang, 0)] : []),
        slideAnchor(slide, lang, 0),
      ],
      dark: isDark(slide),
      draw(env) {
        const hasBanner = drawsBanner(env.selection);
        const band = contentBand(hasBanner);
        const sect = group(env.doc, env.root, 'Sect');
        // The source line is part of the slide's geometry, set as on screen.
        drawSlide(slideContext(env, band.top, band.bottom, sect), slide, sourceLineText(briefing.sources, citedIds(slide), env.lang, cite));
        sect.end();
      },
    };
    }),
  );
}
