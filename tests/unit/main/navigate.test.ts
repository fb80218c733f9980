// Where each move of the show goes: stepping across topics, backup slides out of the flow and the way back from them,
// first and last, jumps, the agenda, blank screens, language and bilingual mode, today's run.
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../../main/model/schema';
import { flowPack } from '../flow-pack';
import { initialShow, type ShowState } from '../../../main/model/show';
import { step } from '../../../main/model/navigate';
import { applyRun } from '../../../main/model/flow';

const pack = flowPack({ languages: ['en', 'es'] });
const english = Briefing.parse({ ...pack, meta: { ...pack.meta, languages: ['en'] } });
const show = (extra: Partial<ShowState> = {}): ShowState => ({ ...initialShow(pack), ...extra });
const onSlide = (topic: number, slide: number, extra: Partial<ShowState> = {}) => show({ view: 'slide', place: { topic, slide }, ...extra });

describe('stepping through the flow', () => {
  it('goes to the next slide within a topic', () => {
    expect(step(onSlide(0, 0), { kind: 'next' }, pack)?.place).toEqual({ topic: 0, slide: 1 });
  });

  it('crosses into the next topic, skipping backup slides on both sides', () => {
    expect(step(onSlide(0, 1), { kind: 'next' }, pack)?.place).toEqual({ topic: 1, slide: 1 });
  });

  it('goes back across topics, skipping backup slides', () => {
    expect(step(onSlide(1, 1), { kind: 'previous' }, pack)?.place).toEqual({ topic: 0, slide: 1 });
  });

  it('changes nothing past the last slide or before the first', () => {
    expect(step(onSlide(2, 0), { kind: 'next' }, pack)).toBeNull();
    expect(step(onSlide(0, 0), { kind: 'previous' }, pack)).toBeNull();
  });

  it('opens the topic chosen in the agenda on next, and ignores previous there', () => {
    const agenda = show({ view: 'agenda', place: { topic: 1, slide: 0 } });
    expect(step(agenda, { kind: 'next' }, pack)).toMatchObject({ view: 'slide', place: { topic: 1, slide: 1 } });
    expect(step(agenda, { kind: 'previous' }, pack)).toBeNull();
  });

  it('does nothing before a briefing is loaded', () => {
    for (const kind of ['next', 'previous', 'first', 'last'] as const) expect(step(show(), { kind }, null)).toBeNull();
    expect(step(show(), { kind: 'jump', n: 1 }, null)).toBeNull();
    expect(step(show(), { kind: 'start', from: 'beginning' }, null)).toBeNull();
  });

  it('goes to the first and last main-flow slides of the topic on Home and End', () => {
    expect(step(onSlide(1, 2), { kind: 'first' }, pack)?.place).toEqual({ topic: 1, slide: 1 });
    expect(step(onSlide(0, 0), { kind: 'last' }, pack)?.place).toEqual({ topic: 0, slide: 1 });
    expect(step(show({ view: 'agenda' }), { kind: 'first' }, pack)).toBeNull();
  });
});

describe('jumping', () => {
  it('jumps to slide n of the briefing, counting main-flow slides across topics', () => {
    expect(step(onSlide(1, 1), { kind: 'jump', n: 2 }, pack)?.place).toEqual({ topic: 0, slide: 1 });
    expect(step(onSlide(0, 0), { kind: 'jump', n: 4 }, pack)?.place).toEqual({ topic: 1, slide: 2 });
    expect(step(onSlide(0, 0), { kind: 'jump', n: 5 }, pack)?.place).toEqual({ topic: 2, slide: 0 });
  });

  it('ignores a number past the briefing’s slides, or before the first', () => {
    expect(step(onSlide(1, 1), { kind: 'jump', n: 6 }, pack)).toBeNull();
    expect(step(onSlide(1, 1), { kind: 'jump', n: 0 }, pack)).toBeNull();
  });

  it('numbers the same from the agenda, opening the slide', () => {
    expect(step(show(), { kind: 'jump', n: 3 }, pack)).toMatchObject({ view: 'slide', place: { topic: 1, slide: 1 }, blank: 'none' });
    expect(step(show(), { kind: 'jump', n: 9 }, pack)).toBeNull();
  });

  it('opens a topic on its first main-flow slide and clears a blank screen', () => {
    expect(step(show({ blank: 'black' }), { kind: 'open-topic', topic: 1 }, pack)).toMatchObject({
      view: 'slide',
      place: { topic: 1, slide: 1 },
      blank: 'none',
    });
  });

  it('starts from the run’s first slide on F5 and from the agenda’s place on Shift+F5', () => {
    expect(step(onSlide(2, 0), { kind: 'start', from: 'beginning' }, pack)?.place).toEqual({ topic: 0, slide: 0 });
    const agenda = show({ place: { topic: 1, slide: 2 } });
    expect(step(agenda, { kind: 'start', from: 'current' }, pack)).toMatchObject({ view: 'slide', place: { topic: 1, slide: 2 } });
    expect(step(onSlide(1, 2), { kind: 'start', from: 'current' }, pack)).toBeNull();
  });

  it('shows the agenda and clears a blank screen', () => {
    expect(step(onSlide(1, 1, { blank: 'white' }), { kind: 'agenda' }, pack)).toMatchObject({ view: 'agenda', blank: 'none' });
  });
});

describe('backup slides', () => {
  it('remembers the flow slide a detour left from', () => {
    const there = step(onSlide(0, 1), { kind: 'go-to', place: { topic: 1, slide: 0 } }, pack);
    expect(there).toMatchObject({ place: { topic: 1, slide: 0 }, returnTo: { topic: 0, slide: 1 } });
  });

  it('keeps the first return point through a second backup slide', () => {
    const second = step(onSlide(1, 0, { returnTo: { topic: 0, slide: 1 } }), { kind: 'go-to', place: { topic: 0, slide: 2 } }, pack);
    expect(second?.returnTo).toEqual({ topic: 0, slide: 1 });
  });

  it('returns to where the detour began, and forgets it', () => {
    const back = step(onSlide(1, 0, { returnTo: { topic: 0, slide: 1 } }), { kind: 'return' }, pack);
    expect(back).toMatchObject({ view: 'slide', place: { topic: 0, slide: 1 }, returnTo: null });
    expect(step(onSlide(0, 1), { kind: 'return' }, pack)).toBeNull();
  });

  it('forgets the return point when the briefer steps back into the flow', () => {
    const stepped = step(onSlide(0, 2, { returnTo: { topic: 0, slide: 0 } }), { kind: 'next' }, pack);
    expect(stepped).toMatchObject({ place: { topic: 1, slide: 1 }, returnTo: null });
  });

  it('keeps backup slides out of next and previous', () => {
    expect(step(onSlide(0, 2), { kind: 'previous' }, pack)?.place).toEqual({ topic: 0, slide: 1 });
  });

  it('refuses a slide that does not exist', () => {
    expect(step(onSlide(0, 0), { kind: 'go-to', place: { topic: 0, slide: 9 } }, pack)).toBeNull();
  });

  it('does not count a backup slide reached from the agenda as a detour', () => {
    expect(step(show(), { kind: 'go-to', place: { topic: 1, slide: 0 } }, pack)?.returnTo).toBeNull();
  });
});

describe('blank screen', () => {
  it('blanks black or white, and the same key again shows the slide', () => {
    expect(step(onSlide(0, 0), { kind: 'blank', colour: 'black' }, pack)?.blank).toBe('black');
    expect(step(onSlide(0, 0, { blank: 'black' }), { kind: 'blank', colour: 'black' }, pack)?.blank).toBe('none');
    expect(step(onSlide(0, 0, { blank: 'black' }), { kind: 'blank', colour: 'white' }, pack)?.blank).toBe('white');
  });

  it('shows the slide again on the first next or previous after a blank, without moving', () => {
    expect(step(onSlide(0, 1, { blank: 'black' }), { kind: 'next' }, pack)).toMatchObject({ place: { topic: 0, slide: 1 }, blank: 'none' });
    expect(step(onSlide(0, 1, { blank: 'white' }), { kind: 'previous' }, pack)).toMatchObject({ place: { topic: 0, slide: 1 }, blank: 'none' });
  });
});

describe('languages', () => {
  it('switches to the pack’s next language, keeping the place', () => {
    expect(step(onSlide(1, 1), { kind: 'toggle-language' }, pack)).toMatchObject({ lang: 'es', place: { topic: 1, slide: 1 } });
    expect(step(onSlide(1, 1, { lang: 'es' }), { kind: 'toggle-language' }, pack)?.lang).toBe('en');
  });

  it('changes nothing in a one-language pack', () => {
    expect(step(onSlide(0, 0), { kind: 'toggle-language' }, english)).toBeNull();
    expect(step(onSlide(0, 0), { kind: 'bilingual' }, english)).toBeNull();
  });

  it('sets a language only when it differs', () => {
    expect(step(onSlide(0, 0), { kind: 'set-language', lang: 'es' }, pack)?.lang).toBe('es');
    expect(step(onSlide(0, 0), { kind: 'set-language', lang: 'en' }, pack)).toBeNull();
  });

  it('turns bilingual mode on and off', () => {
    expect(step(onSlide(0, 0), { kind: 'bilingual' }, pack)?.bilingual).toBe(true);
    expect(step(onSlide(0, 0, { bilingual: true }), { kind: 'bilingual' }, pack)?.bilingual).toBe(false);
  });

  it('offers both languages before a pack is loaded', () => {
    expect(step(show(), { kind: 'toggle-language' }, null)?.lang).toBe('es');
  });
});

describe("today's run", () => {
  it('starts the run again from the agenda, with its slot', () => {
    const next = step(onSlide(1, 2, { returnTo: { topic: 0, slide: 1 } }), { kind: 'set-run', run: ['c', 'a'], slot: 600 }, pack);
    expect(next).toMatchObject({ run: ['c', 'a'], slot: 600, view: 'agenda', place: { topic: 0, slide: 0 }, returnTo: null });
  });

  it('presents every topic for an empty run', () => {
    expect(step(onSlide(0, 0), { kind: 'set-run', run: [], slot: null }, pack)?.run).toBeNull();
  });

  it('steps through the run’s topics in the run’s order', () => {
    const run = applyRun(pack, ['c', 'a']);
    expect(step(onSlide(0, 0, { run: ['c', 'a'] }), { kind: 'next' }, run)?.place).toEqual({ topic: 1, slide: 0 });
  });
});
