// The presentation flow: which slides are shown in order (backup slides held out) and how to step through them.
import type { Briefing, Slide } from './schema';

/** A place in the briefing: a topic and a slide index within that topic's `slides` array. */
export interface Place {
  topic: number;
  slide: number;
}

/** Indexes of a topic's slides that are in the main flow (not backup). */
export function flowSlides(slides: readonly Slide[]): number[] {
  const out: number[] = [];
  slides.forEach((s, i) => {
    if (!s.backup) out.push(i);
  });
  return out;
}

/** Number of main-flow slides in a topic: what the agenda shows. */
export function countedSlides(slides: readonly Slide[]): number {
  return flowSlides(slides).length;
}

/** Every main-flow place in briefing order. */
export function flowPlaces(briefing: Briefing): Place[] {
  return briefing.topics.flatMap((t, topic) => flowSlides(t.slides).map((slide) => ({ topic, slide })));
}

/** Where a topic opens: its first main-flow slide, else its first slide. */
export function topicStart(briefing: Briefing, topic: number): Place {
  const t = briefing.topics[topic];
  return { topic, slide: t ? (flowSlides(t.slides)[0] ?? 0) : 0 };
}

/** Where a topic ends: its last main-flow slide, else its first slide. */
export function topicEnd(briefing: Briefing, topic: number): Place {
  const t = briefing.topics[topic];
  return { topic, slide: t ? (flowSlides(t.slides).at(-1) ?? 0) : 0 };
}

function flowIndex(places: Place[], at: Place): number {
  return places.findIndex((p) => p.topic === at.topic && p.slide === at.slide);
}

/** The next main-flow place, crossing into the next topic; null at the end of the briefing. */
export function nextPlace(briefing: Briefing, at: Place): Place | null {
  const places = flowPlaces(briefing);
  const i = flowIndex(places, at);
  if (i >= 0) return places[i + 1] ?? null;
  // On a backup slide: continue with the first flow slide after it.
  return places.find((p) => p.topic > at.topic || (p.topic === at.topic && p.slide > at.slide)) ?? null;
}

/** The previous main-flow place, crossing into the previous topic; null at the start. */
export function previousPlace(briefing: Briefing, at: Place): Place | null {
  const places = flowPlaces(briefing);
  const i = flowIndex(places, at);
  if (i >= 0) return i > 0 ? (places[i - 1] ?? null) : null;
  return places.findLast((p) => p.topic < at.topic || (p.topic === at.topic && p.slide < at.slide)) ?? null;
}

/** "n of m" for a place: n counts main-flow slides up to it; null n for a backup slide. */
export function positionInTopic(briefing: Briefing, at: Place): { n: number | null; m: number } {
  const t = briefing.topics[at.topic];
  if (!t) return { n: null, m: 0 };
  const flow = flowSlides(t.slides);
  const i = flow.indexOf(at.slide);
  return { n: i >= 0 ? i + 1 : null, m: flow.length };
}

/** Fraction of the whole briefing's flow reached at a place, 0..1, for the progress bar. */
export function briefingProgress(briefing: Briefing, at: Place): number {
  const places = flowPlaces(briefing);
  if (places.length <= 1) return 1;
  const i = flowIndex(places, at);
  if (i < 0) return 0;
  return i / (places.length - 1);
}

/**
 * The briefing as today's run presents it: only the chosen topics, in the chosen order. Unknown ids are skipped, so a
 * saved run survives a topic being renamed; an empty or absent run means every topic.
 */
export function applyRun(briefing: Briefing, run: readonly string[] | null | undefined): Briefing {
  if (!run || run.length === 0) return briefing;
  const byId = new Map(briefing.topics.map((t) => [t.id, t]));
  const topics = run.flatMap((id) => {
    const t = byId.get(id);
    return t ? [t] : [];
  });
  return topics.length === 0 ? briefing : { ...briefing, topics };
}

/** "Slide n of m" over the whole run, as screen readers and the presenter view say it; null n on a backup slide. */
export function positionInRun(briefing: Briefing, at: Place): { n: number | null; m: number } {
  const places = flowPlaces(briefing);
  const i = flowIndex(places, at);
  return { n: i >= 0 ? i + 1 : null, m: places.length };
}

/** Slide n (1-based) of the whole run, as `positionInRun` numbers it: the one numbering the app shows; null past the end. */
export function placeOfRunNumber(briefing: Briefing, n: number): Place | null {
  return flowPlaces(briefing)[n - 1] ?? null;
}

/** Whether a place names a slide that exists. */
export function placeExists(briefing: Briefing, at: Place): boolean {
  return briefing.topics[at.topic]?.slides[at.slide] !== undefined;
}

/** Whether the slide at a place is held in reserve. */
export function isBackup(briefing: Briefing, at: Place): boolean {
  return briefing.topics[at.topic]?.slides[at.slide]?.backup === true;
}
