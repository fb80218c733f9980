// The pacing rules of the presenter view: when each slide of today's run should start and end (the schedule), and
// from the elapsed time and the slide on screen, whether the briefer is ahead of it, on it, behind it, or past the
// end of the slot. Times are seconds throughout.
import type { Place } from './flow';
import type { Plan } from './plan';

export interface ScheduledSlide {
  place: Place;
  /** Seconds from the start of the talk when this slide should be reached, and how long it should take. */
  start: number;
  seconds: number;
}

export interface Schedule {
  slides: ScheduledSlide[];
  /** The time the talk has: the slot when one is given, else the planned total. */
  total: number;
}

/**
 * When each main-flow slide of a run should start: its planned time, scaled down to fit `slot` (seconds) when the
 * plan is longer. A slide the pack does not plan gets an even share of what the slot leaves, or, without a slot, the
 * average of the planned ones. Null when there is nothing to pace against: no plan and no slot.
 * `plan` must be the plan of the same run (`planOf(applyRun(pack, run))`), so its topics index like the places.
 */
export function scheduleOf(plan: Plan, slot: number | null): Schedule | null {
  const entries = plan.topics.flatMap((t, topic) => t.slides.map((s) => ({ place: { topic, slide: s.slide }, planned: s.seconds })));
  if (entries.length === 0) return null;
  const known = entries.flatMap((e) => (e.planned === null ? [] : [e.planned]));
  const knownSum = known.reduce((n, s) => n + s, 0);
  const unknown = entries.length - known.length;
  if (known.length === 0 && slot === null) return null;
  const fill = unknown === 0 ? 0 : slot !== null ? Math.max(0, slot - knownSum) / unknown : knownSum / known.length;
  const raw = entries.map((e) => e.planned ?? fill);
  const sum = raw.reduce((n, s) => n + s, 0);
  const scale = slot !== null && sum > slot ? slot / sum : 1;
  let start = 0;
  const slides = entries.map((e, i) => {
    const seconds = raw[i]! * scale;
    const out = { place: e.place, start, seconds };
    start += seconds;
    return out;
  });
  return { slides, total: slot ?? sum };
}

/** Seconds either side of a slide's window still counted on time, so a quick click does not flip the status. */
export const PACE_GRACE = 10;

export type PaceStatus = 'unplanned' | 'on-time' | 'ahead' | 'behind' | 'over';

export interface Pace {
  elapsed: number;
  /** Seconds the talk has, and what is left of them (negative past the end); null without a plan or slot. */
  total: number | null;
  remaining: number | null;
  /** The topic being presented: its scheduled seconds, the seconds spent in it, and what is left (negative: over). */
  topic: { planned: number; spent: number; remaining: number } | null;
  /**
   * `ahead`: the slide on screen was reached more than `PACE_GRACE` seconds before its scheduled start; `behind`: it
   * is still on screen that long after its scheduled end; `on-time`: in between; `over`: the talk has run past its total. `by` says by how many seconds.
   */
  status: PaceStatus;
  by: number;
}

export interface PaceInput {
  schedule: Schedule | null;
  view: 'agenda' | 'slide';
  /** The place on screen, in the run's indexes; on a backup slide, `returnTo` (or the flow slide before it) counts. */
  place: Place;
  returnTo: Place | null;
  /** Seconds on the talk's stopwatch (paused time not counted). */
  elapsed: number;
  /** Seconds spent so far on the slides of the topic being presented. */
  topicSpent: number;
}

/** Which scheduled slide the briefer is on: the agenda counts as the start of its topic, a detour as where it left. */
export function scheduledSlideAt(schedule: Schedule, view: 'agenda' | 'slide', place: Place, returnTo: Place | null): ScheduledSlide | null {
  const { slides } = schedule;
  const find = (p: Place) => slides.find((s) => s.place.topic === p.topic && s.place.slide === p.slide);
  if (view === 'agenda') return slides.find((s) => s.place.topic === place.topic) ?? slides[0] ?? null;
  const exact = find(place) ?? (returnTo ? find(returnTo) : undefined);
  if (exact) return exact;
  const before = slides.findLast((s) => s.place.topic < place.topic || (s.place.topic === place.topic && s.place.slide < place.slide));
  return before ?? slides.find((s) => s.place.topic === place.topic) ?? slides[0] ?? null;
}

/** Where the briefer stands against the schedule. */
export function paceOf(input: PaceInput): Pace {
  const { schedule, elapsed } = input;
  const anchor = schedule ? scheduledSlideAt(schedule, input.view, input.place, input.returnTo) : null;
  if (!schedule || !anchor) return { elapsed, total: null, remaining: null, topic: null, status: 'unplanned', by: 0 };
  const inTopic = schedule.slides.filter((s) => s.place.topic === anchor.place.topic);
  const planned = inTopic.reduce((n, s) => n + s.seconds, 0);
  const topic = { planned, spent: input.topicSpent, remaining: planned - input.topicSpent };
  const remaining = schedule.total - elapsed;
  const base = { elapsed, total: schedule.total, remaining, topic };
  if (remaining < 0) return { ...base, status: 'over', by: -remaining };
  const end = anchor.start + anchor.seconds;
  if (elapsed < anchor.start - PACE_GRACE) return { ...base, status: 'ahead', by: anchor.start - elapsed };
  if (elapsed > end + PACE_GRACE) return { ...base, status: 'behind', by: elapsed - end };
  return { ...base, status: 'on-time', by: 0 };
}
