// What a slide's geometry is asked with, built the same way wherever it is asked: the stage (over IPC), the HTML
// deck's table, the tests. The PDF builds the same options from its export (pdf/slide-layouts.ts).
import type { Briefing, Lang, Slide } from '../schema';
import { localize } from '../text';
import { citedIds, sourceLineText } from './index';
import type { GeometryRequest } from './wire';

/** "Presenter  ·  Organization  ·  date" under a title slide, in `lang`; '' when the pack names none. */
export function titleByline(meta: Briefing['meta'], lang: Lang): string {
  return [localize(meta.presenter, lang), localize(meta.organization, lang), meta.date ?? meta.asOf].filter(Boolean).join('  ·  ');
}

/**
 * The geometry request for `slide` shown in `lang` (with `lang2` beneath, bilingual), its source line worded from
 * `sources`. A title slide's byline is added by whoever holds the briefing's metadata (the main side, the deck).
 */
export function stageRequest(sources: Briefing['sources'], slide: Slide, lang: Lang, lang2?: Lang | null, banner = false): GeometryRequest {
  const source = sourceLineText(sources, citedIds(slide), lang);
  return { slide, lang, ...(lang2 && lang2 !== lang ? { lang2 } : {}), banner, ...(source ? { source } : {}) };
}

/** The byline a title slide shows in `lang`, or undefined for any other slide or when there is none. */
export const bylineFor = (meta: Briefing['meta'], slide: Slide, lang: Lang): string | undefined =>
  (slide.layout === 'title' && titleByline(meta, lang)) || undefined;
