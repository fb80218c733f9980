// The planned time of every slide and topic in a briefing, read from the pack's `duration` fields: a slide's own, else
// an even share of what its topic's leaves, else `meta.slideDuration`. Backup slides are never planned.
import { parseDuration } from './duration';
import { flowSlides } from './flow';
import type { Briefing, Topic } from './schema';

export interface SlidePlan {
  /** Index into the topic's `slides`. */
  slide: number;
  id: string;
  /** Planned seconds; null when nothing in the pack plans this slide. */
  seconds: number | null;
}

export interface TopicPlan {
  id: string;
  /** Main-flow slides only, in order. */
  slides: SlidePlan[];
  /** The topic's own `duration`, else the sum of its slides' when every one is planned; null otherwise. */
  seconds: number | null;
}

export interface Plan {
  topics: TopicPlan[];
  /** Sum of the topics' when every one is planned; null otherwise. */
  seconds: number | null;
}

const seconds = (written: string | undefined): number | null => (written === undefined ? null : parseDuration(written));

/** The plan of one topic, given the pack's default per slide (seconds, or null). */
export function topicPlan(topic: Topic, defaultSeconds: number | null): TopicPlan {
  const flow = flowSlides(topic.slides);
  const own = flow.map((i) => seconds(topic.slides[i]!.duration));
  const topicSeconds = seconds(topic.duration);
  let share: number | null = defaultSeconds;
  if (topicSeconds !== null) {
    const unplanned = own.filter((s) => s === null).length;
    const left = Math.max(0, topicSeconds - own.reduce<number>((n, s) => n + (s ?? 0), 0));
    share = unplanned > 0 ? left / unplanned : null;
  }
  const slides = flow.map((slide, k) => ({ slide, id: topic.slides[slide]!.id, seconds: own[k] ?? share }));
  const sum = slides.every((s) => s.seconds !== null) ? slides.reduce((n, s) => n + (s.seconds ?? 0), 0) : null;
  // A topic whose slides' own times exceed its own is as long as they are: the plan never hides a slide's time.
  return { id: topic.id, slides, seconds: topicSeconds !== null && sum !== null ? Math.max(topicSeconds, sum) : (topicSeconds ?? sum) };
}

/** The plan of a briefing (or of a run of it: pass `applyRun`'s result). */
export function planOf(briefing: Briefing): Plan {
  const fallback = seconds(briefing.meta.slideDuration);
  const topics = briefing.topics.map((t) => topicPlan(t, fallback));
  const all = topics.every((t) => t.seconds !== null);
  return { topics, seconds: all ? topics.reduce((n, t) => n + (t.seconds ?? 0), 0) : null };
}

/** Whether the pack plans any time at all (so the presenter view has a plan to pace against). */
export function hasPlan(plan: Plan): boolean {
  return plan.topics.some((t) => t.slides.some((s) => s.seconds !== null) || t.seconds !== null);
}
