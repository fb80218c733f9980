// Asks the main side for slide geometries and remembers them, so going back to a slide (or drawing it again in the
// overview or the presenter view) costs nothing; the next slides are asked for ahead of time.
import type { Lang, Slide, Source } from '../../main/model/schema';
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

/** The geometry of `slide` shown in `lang` (and `secondary` beneath). */
export function geometryOf(slide: Slide, sources: Source[], lang: Lang, secondary: Lang | null, banner = false): Promise<SlideGeometry> {
  return ask(stageRequest(sources, slide, lang, secondary, banner));
}

/** Asks for these slides' geometries now, so they are ready when shown. */
export function prefetch(slides: Slide[], sources: Source[], lang: Lang, secondary: Lang | null, banner = false): void {
  for (const s of slides) void geometryOf(s, sources, lang, secondary, banner).catch(() => undefined);
}
