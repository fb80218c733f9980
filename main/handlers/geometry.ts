// The stage's slide geometry, computed on the main side with the PDF's measurer (the bundled font files through
// pdfkit's text pipeline), so what the screen shows and what the slides PDF prints are one layout.
import type { ParsedRequestOf, ResponseOf } from '../model/contract';
import { slideGeometry } from '../model/slide-geometry';
import { geometryMeasurer } from '../pdf/measure';
import type { Briefing } from '../model/schema';
import { bylineFor, stageRequest } from '../model/slide-geometry/stage';
import { GeometryRequest } from '../model/slide-geometry/wire';
import { applyRun } from '../model/flow';
import { markingOf } from '../model/marking';
import { slidesNear } from '../model/nearby-slides';
import type { ShowState } from '../model/show';

// One measurer for the process: its widths are remembered across slides.
const measurer = (() => { let m: ReturnType<typeof geometryMeasurer> | undefined; return () => (m ??= geometryMeasurer()); })();

/** `slideGeometry` for a parsed request; throws only on a programming error (the request is already checked). */
export function geometryOf(req: ParsedRequestOf<'slideGeometry'>, meta?: Briefing['meta']): ResponseOf<'slideGeometry'> {
  // The byline comes from the pack the main side holds (as the PDF's does), else from the request.
  const byline = (meta && bylineFor(meta, req.slide, req.lang)) ?? req.byline;
  return slideGeometry(req.slide, { lang: req.lang, lang2: req.lang2, banner: req.banner, source: req.source, byline }, measurer());
}

/**
 * Lays out the slide a window of `pack` opens on under `show` (the slide on screen, or from the agenda the current
 * topic's first slide), in the show's language(s), and forgets the result: the process's measurer is cold until
 * then (its fonts parsed, its words shaped: a few hundred ms, once), and the window's first request would wait for
 * it. Afterwards that request costs a millisecond or two. Never throws: a warm-up that fails leaves the request
 * to report the problem.
 */
export function warmGeometry(pack: Briefing, show: ShowState): void {
  try {
    const briefing = applyRun(pack, show.run);
    const [slide] = slidesNear(briefing, show.view, show.place, { ahead: 0, behind: 0 });
    if (!slide) return;
    const lang2 = show.bilingual ? (pack.meta.languages.find((l) => l !== show.lang) ?? null) : null;
    const banner = markingOf(pack.meta, slide) !== undefined;
    geometryOf(GeometryRequest.parse(stageRequest(briefing.sources, slide, show.lang, lang2, banner)), pack.meta);
  } catch {
    // The window's own request for this slide meets the same problem and reports it there.
  }
}
