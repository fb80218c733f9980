// The show: what the audience sees right now (view, place, language, blank screen, bilingual mode, today's run).
// Written once here; the main side keeps the one true copy and every window renders it, so windows cannot drift.
import * as z from 'zod';
import { Lang } from './schema';
import { applyRun, placeExists, topicStart, type Place } from './flow';
import type { Briefing } from './schema';

export const PlaceSchema = z.object({ topic: z.number().int().min(0), slide: z.number().int().min(0) }).strict();

/** A time slot for a run, in whole seconds: at least a minute, at most a long day's session. */
export const MAX_SLOT_SECONDS = 8 * 60 * 60;
export const Slot = z.number().int().min(60).max(MAX_SLOT_SECONDS);

export const BLANKS = ['none', 'black', 'white'] as const;
export type Blank = (typeof BLANKS)[number];

export const ShowState = z
  .object({
    view: z.enum(['agenda', 'slide']),
    /** Indexes into the run's topics (see `applyRun`), not the pack's. */
    place: PlaceSchema,
    /** The audience's language; the presenter's notes may be read in another. */
    lang: Lang,
    /** Both languages on every slide: the primary large, the other smaller beneath. */
    bilingual: z.boolean(),
    blank: z.enum(BLANKS),
    /** Topic ids in today's order; null presents every topic. */
    run: z.array(z.string().min(1)).max(1000).nullable(),
    /** Where Backspace returns after a detour to a backup slide. */
    returnTo: PlaceSchema.nullable(),
    /** Seconds today's run has (its saved slot); the presenter view paces against it. Absent in older saved shows. */
    slot: Slot.nullable().default(null),
  })
  .strict();
export type ShowState = z.infer<typeof ShowState>;

/** A show state with the main side's revision number; a window applies only revisions newer than it has seen. */
export const ShowUpdate = z.object({ rev: z.number().int().min(0), state: ShowState }).strict();
export type ShowUpdate = z.infer<typeof ShowUpdate>;

export function initialShow(briefing: Briefing | null): ShowState {
  const lang = briefing?.meta.languages[0] ?? 'en';
  return { view: 'agenda', place: { topic: 0, slide: 0 }, lang, bilingual: false, blank: 'none', run: null, returnTo: null, slot: null };
}

/**
 * Makes a show state fit a briefing: a language the pack offers, a place and a return point that exist in the run.
 * Used when a pack is reloaded after an edit, so the presenter keeps their place whenever it still exists.
 */
export function fitShow(state: ShowState, briefing: Briefing): ShowState {
  const langs = briefing.meta.languages;
  const lang = langs.includes(state.lang) ? state.lang : (langs[0] ?? 'en');
  const known = new Set(briefing.topics.map((t) => t.id));
  const run = state.run && state.run.some((id) => known.has(id)) ? state.run.filter((id) => known.has(id)) : null;
  const shown = applyRun(briefing, run);
  const place: Place = placeExists(shown, state.place)
    ? state.place
    : shown.topics[state.place.topic]
      ? topicStart(shown, state.place.topic)
      : { topic: 0, slide: 0 };
  const returnTo = state.returnTo && placeExists(shown, state.returnTo) ? state.returnTo : null;
  // The slot belongs to the run: when the run it was set for is gone, so is the slot.
  const slot = run === null && state.run !== null ? null : state.slot;
  return { ...state, lang, run, place, returnTo, slot, bilingual: state.bilingual && langs.length > 1 };
}
