// Asks the main side for slide geometries and remembers them, so going back to a slide (or drawing it again in the
// overview or the presenter view) costs nothing; the slides a key press may show next are asked for ahead of time.
import type { Briefing, Lang, Slide, Source } from '../../main/model/schema';
import type { Place } from '../../main/model/flow';
import { markingOf } from '../../main/model/marking';
import { slidesNear, type Nearby } from '../../main/model/nearby-slides';
import type { SlideGeometry } from '../../main/model/slide-geometry/types';
import { stageRequest } from '../../main/model/slide-geometry/stage';
import { geometryKey, type GeometryRequest } from '../../main/model/slide-geometry/wire';

const LIMIT = 1500;
// Keyed by the request's JSON: an edited slide (same id, new words) is a new request.
const cache = new Map<string, Promise<SlideGeometry>>();

function ask(req: GeometryRequest): Promise<SlideGeometry> {
  const key = `${geometryKey(req)}|${JSON.stringify(req)}`;
  let found = cache.get(key);
  if (!found) {
    found = window.puente.slideGeometry(req);
    // A failed answer is not kept: the next draw asks again.
    found.catch(() => cache.delete(key));
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, found);
  }
  return found;
}

/**
 * The faces the geometry sets text in, loaded before any slide is drawn: its lines are broken for these faces' widths,
 * and a face the browser loads lazily (the italic, first needed on a quote) would otherwise draw the slide in a
 * fallback for a moment, wider than its boxes. Local files: this costs milliseconds, once.
 */
const facesReady: Promise<unknown> =
  typeof document === 'undefined'
    ? Promise.resolve()
    : Promise.all(['normal 400', 'italic 400', 'normal 600', 'normal 700'].map((f) => document.fonts.load(`${f} 16px "Source Sans 3"`))).catch(() => undefined);

/** The geometry of `slide` shown in `lang` (and `secondary` beneath), once the faces it is set in are loaded. */
export function geometryOf(slide: Slide, sources: Source[], lang: Lang, secondary: Lang | null, banner = false): Promise<SlideGeometry> {
  return Promise.all([ask(stageRequest(sources, slide, lang, secondary, banner)), facesReady]).then(([g]) => g);
}

/** Asks for these slides' geometries now, so they are ready when shown. */
export function prefetch(slides: Slide[], sources: Source[], lang: Lang, secondary: Lang | null, banner = false): void {
  for (const s of slides) void geometryOf(s, sources, lang, secondary, banner).catch(() => undefined);
}

/**
 * Asks for the geometries of the slides a key press may show next from `place` (`slidesNear`: the slide the view
 * opens on, `near.ahead` after it and `near.behind` before it), each with its own banner, so they are drawn at once.
 * Several ahead, not one: keys pressed faster than the main side answers would otherwise meet a slide not yet laid out.
 */
export function prefetchNear(briefing: Briefing, view: 'agenda' | 'slide', place: Place, near: Nearby, lang: Lang, secondary: Lang | null): void {
  for (const s of slidesNear(briefing, view, place, near)) prefetch([s], briefing.sources, lang, secondary, markingOf(briefing.meta, s) !== undefined);
}
