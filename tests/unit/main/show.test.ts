// The show the main side keeps for every window: fitted to the pack after an edit, revised on every move, and the
// same for two windows that move it at once.
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../../main/model/schema';
import { flowPack } from '../flow-pack';
import { fitShow, initialShow, type ShowState, type ShowUpdate } from '../../../main/model/show';
import { ShowHub } from '../../../main/show/hub';
import { applyRun, positionInRun } from '../../../main/model/flow';

const pack = flowPack({ languages: ['en', 'es'] });
const onSlide = (topic: number, slide: number, extra: Partial<ShowState> = {}): ShowState => ({
  ...initialShow(pack),
  view: 'slide',
  place: { topic, slide },
  ...extra,
});

describe('fitting a show to a pack', () => {
  it('keeps a place that still exists', () => {
    expect(fitShow(onSlide(1, 1), pack).place).toEqual({ topic: 1, slide: 1 });
  });

  it('moves a place whose slide was deleted to its topic start (past a backup slide), and one whose topic went to the beginning', () => {
    expect(fitShow(onSlide(1, 7), pack).place).toEqual({ topic: 1, slide: 1 });
    expect(fitShow(onSlide(9, 0), pack).place).toEqual({ topic: 0, slide: 0 });
  });

  it('drops unknown topics from the run, and the run itself when none is left', () => {
    expect(fitShow(onSlide(0, 0, { run: ['c', 'gone', 'a'] }), pack).run).toEqual(['c', 'a']);
    expect(fitShow(onSlide(0, 0, { run: ['gone'] }), pack).run).toBeNull();
  });

  it('falls back to a language the pack offers and turns bilingual off for a one-language pack', () => {
    const english = Briefing.parse({ ...pack, meta: { ...pack.meta, languages: ['en'] } });
    const fitted = fitShow(onSlide(0, 0, { lang: 'es', bilingual: true }), english);
    expect(fitted.lang).toBe('en');
    expect(fitted.bilingual).toBe(false);
  });
});

describe('runs', () => {
  it('present the chosen topics in the chosen order and number slides over the run', () => {
    const run = applyRun(pack, ['c', 'a']);
    expect(run.topics.map((t) => t.id)).toEqual(['c', 'a']);
    expect(positionInRun(run, { topic: 1, slide: 1 })).toEqual({ n: 3, m: 3 });
    expect(positionInRun(run, { topic: 1, slide: 2 })).toEqual({ n: null, m: 3 });
    expect(applyRun(pack, null)).toBe(pack);
    expect(applyRun(pack, ['gone'])).toBe(pack);
  });
});

describe('the show hub', () => {
  it('revises and publishes every move, fitted to the pack', () => {
    const published: ShowUpdate[] = [];
    const hub = new ShowHub((u) => published.push(u), pack);
    hub.set(onSlide(1, 1), pack);
    hub.set(onSlide(1, 99), pack);
    expect(published.map((u) => u.rev)).toEqual([1, 2]);
    expect(published[1]!.state.place).toEqual({ topic: 1, slide: 1 });
  });

  it('ends two windows on the same state whatever order their moves arrive in', () => {
    const seenByA: ShowUpdate[] = [];
    const seenByB: ShowUpdate[] = [];
    const hub = new ShowHub((u) => {
      seenByA.push(u);
      seenByB.push(u);
    }, pack);
    hub.set(onSlide(0, 1), pack); // window A
    hub.set(onSlide(1, 0), pack); // window B, at the same moment
    const last = (xs: ShowUpdate[]) => xs.reduce((a, b) => (b.rev > a.rev ? b : a));
    expect(last(seenByA)).toEqual(last(seenByB));
    expect(last(seenByA).state.place).toEqual({ topic: 1, slide: 0 });
  });

  it('refits after an edit only when something changed, and resets blank on a new pack', () => {
    const published: ShowUpdate[] = [];
    const hub = new ShowHub((u) => published.push(u), pack);
    hub.set(onSlide(1, 1, { blank: 'black' }), pack);
    hub.refit(pack);
    expect(published).toHaveLength(1);
    const shorter = Briefing.parse({ ...pack, topics: pack.topics.slice(0, 1) });
    hub.refit(shorter);
    expect(published.at(-1)!.state.place).toEqual({ topic: 0, slide: 0 });
    hub.reset(pack, onSlide(1, 1, { blank: 'black' }));
    expect(published.at(-1)!.state).toMatchObject({ place: { topic: 1, slide: 1 }, blank: 'none' });
  });
});
