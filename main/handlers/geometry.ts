// The stage's slide geometry, computed on the main side with the PDF's measurer (the bundled font files through
// pdfkit's text pipeline), so what the screen shows and what the slides PDF prints are one layout.
import type { ParsedRequestOf, ResponseOf } from '../model/contract';
import { slideGeometry } from '../model/slide-geometry';
import { geometryMeasurer } from '../pdf/measure';
import type { Briefing } from '../model/schema';
import { bylineFor } from '../model/slide-geometry/stage';

// One measurer for the process: its widths are remembered across slides.
const measurer = (() => { let m: ReturnType<typeof geometryMeasurer> | undefined; return () => (m ??= geometryMeasurer()); })();

/** `slideGeometry` for a parsed request; throws only on a programming error (the request is already checked). */
export function geometryOf(req: ParsedRequestOf<'slideGeometry'>, meta?: Briefing['meta']): ResponseOf<'slideGeometry'> {
  // The byline comes from the pack the main side holds (as the PDF's does), else from the request.
  const byline = (meta && bylineFor(meta, req.slide, req.lang)) ?? req.byline;
  return slideGeometry(req.slide, { lang: req.lang, lang2: req.lang2, banner: req.banner, source: req.source, byline }, measurer());
}
