// The `slides` PDF layout: one 16:9 page per slide, looking like the screen, with its sources in the footer.
import type { Briefing, Lang, Slide } from '../model/schema';
import { localize } from '../model/text';
import { slideDest, topicDest, type PlanInput, type PlannedPage } from './layout';
import { contentBand } from './page-frame';
import { citedBy, slideTitle } from './selection';
import { WORDS } from './words';
import { drawSlide, isDark } from './slide-layouts';
import { slideContext } from './thumbnail';
import { group } from './tagging';

/** "Source: <publisher>, <title>, <date>" for the slide's own and its figures' sources; undefined when none. */
export function sourceLine(briefing: Briefing, slide: Slide, lang: Lang, cite?: (id: string) => number | undefined): string | undefined {
  const parts = citedBy(slide).flatMap((id) => {
    const src = briefing.sources.find((s) => s.id === id);
    const n = cite?.(id);
    return src ? [`${n !== undefined ? `[${n}] ` : ''}${localize(src.publisher, lang)}, ${localize(src.title, lang)}, ${src.date}`] : [];
  });
  if (parts.length === 0) return undefined;
  return `${parts.length === 1 ? WORDS[lang].source : WORDS[lang].sources}: ${parts.join('; ')}`;
}

export function planSlides(input: PlanInput): PlannedPage[] {
  const { briefing, selection, lang } = input;
  const cite = (id: string) => selection.citations.get(id);
  return selection.groups.flatMap(({ topic, slides }) =>
    slides.map((slide, i): PlannedPage => ({
      anchors: [
        ...(i === 0 ? [{ dest: topicDest(topic.id), level: 0 as const, title: localize(topic.title, lang), y: 0 }] : []),
        { dest: slideDest(slide.id), level: 1, title: slideTitle(slide, lang), y: 0 },
      ],
      sourceLine: sourceLine(briefing, slide, lang, cite),
      dark: isDark(slide),
      draw(env) {
        const band = contentBand(env.selection.marking !== undefined);
        const sect = group(env.doc, env.root, 'Sect');
        drawSlide(slideContext(env, band.top, band.bottom, sect), slide);
        sect.end();
      },
    })),
  );
}
