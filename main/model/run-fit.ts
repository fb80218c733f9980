// Whether a run fits its slot: each chosen topic's planned (and rehearsed) seconds, when it would start and end, and
// which topics run past the slot and by how much. Seconds throughout.
import { rehearsedTopic, type Rehearsal } from './rehearsal';
import { planOf } from './plan';
import type { Briefing } from './schema';

export type Fit = 'in' | 'partly' | 'out';

export interface TopicFit {
  id: string;
  /** Planned seconds (see `planOf`); null when the pack plans none for it. */
  planned: number | null;
  /** Seconds in the last rehearsal; null when it did not show this topic. */
  rehearsed: number | null;
  /** When the topic starts and ends, counting the planned time (else the rehearsed, else none) of those before it. */
  start: number;
  end: number;
  /** `in` the slot, `partly` past its end, or wholly `out`; always `in` without a slot. */
  fit: Fit;
  /** Seconds of this topic past the end of the slot. */
  over: number;
}

export interface RunFit {
  topics: TopicFit[];
  /** The time the run takes: planned where known, else rehearsed. */
  total: number;
  /** Whether every chosen topic has a planned or rehearsed time, so `total` is the whole run's. */
  complete: boolean;
  /** The rehearsed total when every chosen topic was rehearsed; else null. */
  rehearsed: number | null;
  slot: number | null;
  /** Seconds the run is longer than its slot (0 when it fits or has no slot). */
  over: number;
}

/** How the topics `topicIds` (in this order; unknown ids skipped) fit in `slot` seconds. */
export function fitRun(pack: Briefing, topicIds: readonly string[], slot: number | null, rehearsal: Rehearsal | null = null): RunFit {
  const byId = new Map(pack.topics.map((t) => [t.id, t]));
  const chosen = topicIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const plan = planOf({ ...pack, topics: chosen });
  let start = 0;
  const topics = chosen.map((t, i): TopicFit => {
    const planned = plan.topics[i]!.seconds;
    const rehearsed = rehearsedTopic(rehearsal, t.slides.map((s) => s.id));
    const end = start + (planned ?? rehearsed ?? 0);
    const fit: Fit = slot === null || end <= slot ? 'in' : start >= slot ? 'out' : 'partly';
    const over = slot === null ? 0 : Math.max(0, end - Math.max(start, slot));
    const out = { id: t.id, planned, rehearsed, start, end, fit, over };
    start = end;
    return out;
  });
  const complete = topics.every((t) => t.planned !== null || t.rehearsed !== null);
  const rehearsedAll = topics.length > 0 && topics.every((t) => t.rehearsed !== null);
  return {
    topics,
    total: start,
    complete,
    rehearsed: rehearsedAll ? topics.reduce((n, t) => n + (t.rehearsed ?? 0), 0) : null,
    slot,
    over: slot === null ? 0 : Math.max(0, start - slot),
  };
}
