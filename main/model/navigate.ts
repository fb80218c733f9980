// Where each move of the show goes: next and previous across topics, backup slides and the way back from them, first
// and last, jumps by number, the agenda, blank screens, language and bilingual mode, today's run. Pure, so the
// presentation state (renderer/state.svelte.ts) only keeps and sends what this decides, and a unit test reaches it.
import type { Briefing, Lang } from './schema';
import type { ShowState } from './show';
import {
  isBackup,
  nextPlace,
  placeOfRunNumber,
  previousPlace,
  topicEnd,
  topicStart,
  type Place,
} from './flow';

/** A move the briefer (a key, a click, the menu) asks of the show. */
export type ShowAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  /** The first / last main-flow slide of the current topic. */
  | { kind: 'first' }
  | { kind: 'last' }
  /** Slide `n` of the run (1-based, main-flow slides only, numbered across the briefing), from a slide or the agenda. */
  | { kind: 'jump'; n: number }
  | { kind: 'agenda' }
  /** Topic `topic` (0-based, in the run) from its first main-flow slide. */
  | { kind: 'open-topic'; topic: number }
  /** Any slide, backup ones included. */
  | { kind: 'go-to'; place: Place }
  /** Back from a backup slide to where the briefer left the flow. */
  | { kind: 'return' }
  /** F5 / Shift+F5, as in PowerPoint. */
  | { kind: 'start'; from: 'beginning' | 'current' }
  | { kind: 'toggle-language' }
  | { kind: 'set-language'; lang: Lang }
  | { kind: 'bilingual' }
  | { kind: 'blank'; colour: 'black' | 'white' }
  /** Topic ids in today's order (null or empty: every topic), in `slot` seconds (null: as planned). */
  | { kind: 'set-run'; run: readonly string[] | null; slot: number | null };

/** The languages a show can switch between: the pack's, or both before a pack is loaded. */
function languagesOf(briefing: Briefing | null): readonly Lang[] {
  return briefing ? briefing.meta.languages : ['en', 'es'];
}

/**
 * The show after `change`. Landing on a main-flow slide forgets the return point, unless the change sets one: the
 * detour is over once the briefer is back in the flow.
 */
function moved(show: ShowState, change: Partial<ShowState>, briefing: Briefing | null): ShowState {
  const next: ShowState = { ...show, ...change };
  if (change.place && briefing && !isBackup(briefing, change.place) && !('returnTo' in change)) next.returnTo = null;
  return next;
}

/**
 * The show after `action`, or null when the action changes nothing there is to send (no briefing, already at the
 * end, a slide that does not exist). `briefing` is the pack as today's run presents it (`applyRun`): every place in
 * `show` indexes into it; null before a pack is loaded.
 */
export function step(show: ShowState, action: ShowAction, briefing: Briefing | null): ShowState | null {
  const to = (change: Partial<ShowState>) => moved(show, change, briefing);
  const openTopic = (topic: number) =>
    briefing?.topics[topic] ? to({ view: 'slide', place: topicStart(briefing, topic), blank: 'none' }) : null;
  switch (action.kind) {
    case 'next': {
      if (!briefing) return null;
      if (show.blank !== 'none') return to({ blank: 'none' }); // the first key after a blank shows the slide again
      if (show.view === 'agenda') return openTopic(show.place.topic);
      const place = nextPlace(briefing, show.place);
      return place ? to({ place }) : null;
    }
    case 'previous': {
      if (!briefing || show.view === 'agenda') return null;
      if (show.blank !== 'none') return to({ blank: 'none' });
      const place = previousPlace(briefing, show.place);
      return place ? to({ place }) : null;
    }
    case 'first':
      return briefing && show.view === 'slide' ? to({ place: topicStart(briefing, show.place.topic) }) : null;
    case 'last':
      return briefing && show.view === 'slide' ? to({ place: topicEnd(briefing, show.place.topic) }) : null;
    case 'jump': {
      // Slide n of the run, numbered across the briefing as every view numbers it, from a slide or the agenda.
      const place = briefing ? placeOfRunNumber(briefing, action.n) : null;
      return place ? step(show, { kind: 'go-to', place }, briefing) : null;
    }
    case 'agenda':
      return to({ view: 'agenda', blank: 'none' });
    case 'open-topic':
      return openTopic(action.topic);
    case 'go-to': {
      const place = action.place;
      if (!briefing?.topics[place.topic]?.slides[place.slide]) return null;
      // Leaving the main flow for a backup slide remembers where to come back to; a second detour keeps the first.
      const detour = isBackup(briefing, place) && show.view === 'slide' && !isBackup(briefing, show.place);
      const returnTo = detour ? show.place : isBackup(briefing, place) ? show.returnTo : null;
      return to({ view: 'slide', place, returnTo, blank: 'none' });
    }
    case 'return':
      return show.returnTo ? to({ view: 'slide', place: show.returnTo, returnTo: null }) : null;
    case 'start':
      if (!briefing) return null;
      if (action.from === 'beginning') return openTopic(0);
      return show.view === 'agenda' ? to({ view: 'slide', blank: 'none' }) : null;
    case 'toggle-language': {
      const langs = languagesOf(briefing);
      const lang = langs[(langs.indexOf(show.lang) + 1) % langs.length] ?? show.lang;
      return lang !== show.lang ? to({ lang }) : null;
    }
    case 'set-language':
      return action.lang !== show.lang ? to({ lang: action.lang }) : null;
    case 'bilingual':
      return languagesOf(briefing).length > 1 ? to({ bilingual: !show.bilingual }) : null;
    case 'blank':
      return to({ blank: show.blank === action.colour ? 'none' : action.colour });
    case 'set-run':
      // A new run starts again from the agenda: places index into the run, so the old one means nothing now.
      return to({
        run: action.run && action.run.length > 0 ? [...action.run] : null,
        slot: action.slot,
        view: 'agenda',
        place: { topic: 0, slide: 0 },
        returnTo: null,
      });
  }
}
