// Which slides a show may put on screen next, so their layouts can be asked for (renderer) or their words measured
// (main side) before anyone presses a key: the slide it opens on first, then those a step or two away.
import { flowPlaces, topicStart, type Place } from './flow';
import type { Briefing, Slide } from './schema';

export interface Nearby {
  /** Main-flow slides after the place the show opens on. */
  ahead: number;
  /** Main-flow slides before it. */
  behind: number;
}

/**
 * The slides around `at`, nearest first: the slide the show opens on (`at` itself in the slide view; the topic's first
 * slide from the agenda, where a click opens it), then `ahead` main-flow slides after it and `behind` before it,
 * interleaved (next, previous, next but one…). Backup slides are reached by jumps only, so they are never among them
 * except as the opening slide. `briefing` is the run as presented (places index into it); empty when it has no slides.
 */
export function slidesNear(briefing: Briefing, view: 'agenda' | 'slide', at: Place, near: Nearby): Slide[] {
  const open = view === 'slide' ? at : topicStart(briefing, at.topic);
  const slideAt = (p: Place): Slide | undefined => briefing.topics[p.topic]?.slides[p.slide];
  const first = slideAt(open);
  if (!first) return [];
  const places = flowPlaces(briefing);
  const here = places.findIndex((p) => p.topic === open.topic && p.slide === open.slide);
  // On a backup slide, the flow continues with the first main-flow slide after it and goes back to the one before.
  const after = places.findIndex((p) => p.topic > open.topic || (p.topic === open.topic && p.slide > open.slide));
  const next = here >= 0 ? here + 1 : after < 0 ? places.length : after;
  const previous = here >= 0 ? here - 1 : next - 1;
  const out: Slide[] = [first];
  for (let k = 0; k < Math.max(near.ahead, near.behind); k++) {
    for (const p of [k < near.ahead ? places[next + k] : undefined, k < near.behind ? places[previous - k] : undefined]) {
      const s = p && slideAt(p);
      if (s && !out.includes(s)) out.push(s);
    }
  }
  return out;
}
