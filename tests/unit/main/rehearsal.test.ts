// The time log of the presenter view, rehearsal totals per topic compared with the last, and how a run fits its slot.
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../../main/model/schema';
import { emptyLog, enterSlide, finishedRehearsal, rehearsalTotals, spentSoFar } from '../../../main/model/rehearsal';
import { fitRun } from '../../../main/model/run-fit';

const deck = Briefing.parse({
  puente: 1,
  meta: { title: 'T', organization: 'O' },
  topics: [
    { id: 'a', title: 'A', duration: '3m', slides: [{ id: 'a1', layout: 'title', title: 'A' }, { id: 'a2', layout: 'title', title: 'A' }] },
    { id: 'b', title: 'B', duration: '5m', slides: [{ id: 'b1', layout: 'title', title: 'B' }, { id: 'bx', layout: 'title', title: 'B', backup: true }] },
    { id: 'c', title: 'C', slides: [{ id: 'c1', layout: 'title', title: 'C' }] },
    { id: 'd', title: 'D', duration: '4m', slides: [{ id: 'd1', layout: 'title', title: 'D' }] },
  ],
});

describe('the slide log', () => {
  it('banks the time on each slide as the screen moves, counting returns to a slide', () => {
    let log = emptyLog(0);
    log = enterSlide(log, 'a1', 0);
    log = enterSlide(log, 'a2', 40);
    log = enterSlide(log, 'a2', 50); // the same slide again: nothing changes
    log = enterSlide(log, 'a1', 100);
    log = enterSlide(log, null, 130); // back to the agenda
    log = enterSlide(log, 'b1', 200);
    expect(spentSoFar(log, 215)).toEqual({ a1: 70, a2: 60, b1: 15 });
  });

  it('keeps a rehearsal only of slides shown for a second or more, rounded', () => {
    expect(finishedRehearsal({ a1: 61.4, a2: 0.4 }, new Date('2026-01-02T03:04:05Z'))).toEqual({ at: '2026-01-02T03:04:05.000Z', slides: { a1: 61 } });
    expect(finishedRehearsal({ a1: 0.2 }, new Date())).toBeNull();
  });
});

describe('rehearsalTotals', () => {
  it('totals each topic (backup slides included) and compares with the last rehearsal', () => {
    const totals = rehearsalTotals(deck, { a1: 70, a2: 60, b1: 200, bx: 30 }, { at: 'x', slides: { a1: 100, a2: 80, c1: 10 } });
    expect(totals).toEqual([
      { id: 'a', seconds: 130, change: -50 },
      { id: 'b', seconds: 230, change: null },
      { id: 'c', seconds: null, change: null },
      { id: 'd', seconds: null, change: null },
    ]);
  });
});

describe('fitRun', () => {
  it('without a slot, everything fits and the total is the planned time', () => {
    const fit = fitRun(deck, ['a', 'b', 'd'], null);
    expect(fit).toMatchObject({ total: 720, complete: true, over: 0, slot: null });
    expect(fit.topics.every((t) => t.fit === 'in')).toBe(true);
  });

  it('with a slot, says which topics run past it and by how much', () => {
    const fit = fitRun(deck, ['a', 'b', 'd'], 600);
    expect(fit.over).toBe(120);
    expect(fit.topics.map((t) => [t.id, t.fit, t.over])).toEqual([
      ['a', 'in', 0],
      ['b', 'in', 0],
      ['d', 'partly', 120],
    ]);
    const late = fitRun(deck, ['b', 'd', 'a'], 400);
    expect(late.topics.map((t) => [t.id, t.fit, t.over])).toEqual([
      ['b', 'in', 0],
      ['d', 'partly', 140],
      ['a', 'out', 180],
    ]);
    expect(late.over).toBe(320);
  });

  it('counts a topic the pack does not plan by its rehearsed time, and says when neither is known', () => {
    const rehearsal = { at: 'x', slides: { c1: 95, a1: 100, a2: 50 } };
    const fit = fitRun(deck, ['c', 'a'], 300, rehearsal);
    expect(fit.topics.map((t) => [t.id, t.planned, t.rehearsed])).toEqual([
      ['c', null, 95],
      ['a', 180, 150],
    ]);
    expect(fit).toMatchObject({ total: 275, complete: true, rehearsed: 245, over: 0 });
    const unknown = fitRun(deck, ['c', 'a'], 300);
    expect(unknown).toMatchObject({ total: 180, complete: false, rehearsed: null });
  });

  it('skips ids the pack no longer has', () => {
    expect(fitRun(deck, ['gone', 'a'], null).topics.map((t) => t.id)).toEqual(['a']);
  });
});
