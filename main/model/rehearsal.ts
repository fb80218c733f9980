// Time spent on each slide, as the presenter view logs it (for the current topic's pacing and for rehearsals), and
// a rehearsal's totals per topic compared with the one before. Slides are named by id so a record survives the pack
// being reordered or cut into a run. Times are seconds, read from the talk's stopwatch (so a pause is not counted).
import * as z from 'zod';
import type { Briefing } from './schema';

/** A rehearsal as kept in the settings: when it ended and the seconds spent on each slide, by slide id. */
export const Rehearsal = z
  .object({
    at: z.string().min(1).max(40),
    slides: z.record(z.string().min(1).max(200), z.number().finite().nonnegative()),
  })
  .strict();
export type Rehearsal = z.infer<typeof Rehearsal>;

/** The running log: the slide on screen since `since` (stopwatch seconds), and what earlier stretches banked. */
export interface SlideLog {
  at: string | null;
  since: number;
  spent: Record<string, number>;
}

export const emptyLog = (elapsed = 0): SlideLog => ({ at: null, since: elapsed, spent: {} });

/** The log after the screen moved to slide `id` (null: no slide, such as the agenda) at stopwatch time `elapsed`. */
export function enterSlide(log: SlideLog, id: string | null, elapsed: number): SlideLog {
  if (id === log.at) return log;
  const spent = { ...log.spent };
  if (log.at !== null) spent[log.at] = (spent[log.at] ?? 0) + Math.max(0, elapsed - log.since);
  return { at: id, since: elapsed, spent };
}

/** Seconds on each slide so far, the current stretch included. */
export function spentSoFar(log: SlideLog, elapsed: number): Record<string, number> {
  return enterSlide(log, null, elapsed).spent;
}

/** Seconds spent on a set of slides (a topic's, backup slides included): the sum over their ids. */
export function spentOnSlides(spent: Readonly<Record<string, number>>, slideIds: readonly string[]): number {
  return slideIds.reduce((n, id) => n + (spent[id] ?? 0), 0);
}

export interface TopicTotal {
  id: string;
  /** Seconds rehearsed on the topic; null when the rehearsal never showed it. */
  seconds: number | null;
  /** This rehearsal minus the one before on this topic (positive: slower); null when either did not show it. */
  change: number | null;
}

/** Per-topic totals of a rehearsal, in the pack's (or run's) topic order, compared with `previous` when given. */
export function rehearsalTotals(briefing: Briefing, slides: Readonly<Record<string, number>>, previous: Rehearsal | null = null): TopicTotal[] {
  const total = (record: Readonly<Record<string, number>>, ids: string[]) =>
    ids.some((id) => id in record) ? spentOnSlides(record, ids) : null;
  return briefing.topics.map((t) => {
    const ids = t.slides.map((s) => s.id);
    const seconds = total(slides, ids);
    const before = previous ? total(previous.slides, ids) : null;
    return { id: t.id, seconds, change: seconds !== null && before !== null ? seconds - before : null };
  });
}

/** The rehearsed seconds of one topic in a rehearsal, or null when it was not shown. */
export function rehearsedTopic(rehearsal: Rehearsal | null, slideIds: readonly string[]): number | null {
  if (!rehearsal || !slideIds.some((id) => id in rehearsal.slides)) return null;
  return spentOnSlides(rehearsal.slides, slideIds);
}

/** A rehearsal worth keeping: at least one slide shown for at least a second, times rounded to the second. */
export function finishedRehearsal(spent: Readonly<Record<string, number>>, at: Date): Rehearsal | null {
  const slides: Record<string, number> = {};
  for (const [id, s] of Object.entries(spent)) if (s >= 1) slides[id] = Math.round(s);
  return Object.keys(slides).length === 0 ? null : { at: at.toISOString(), slides };
}
