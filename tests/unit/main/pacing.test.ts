// The planned time of slides and topics, the schedule of a run, and whether the briefer is ahead or behind it.
import { describe, expect, it } from 'vitest';
import { Briefing, type BriefingInput } from '../../../main/model/schema';
import { applyRun } from '../../../main/model/flow';
import { planOf } from '../../../main/model/plan';
import { paceOf, scheduleOf, type PaceInput } from '../../../main/model/pacing';

type SlideIn = { id: string; duration?: string; backup?: boolean };
const slide = (s: SlideIn) => ({ layout: 'title' as const, title: s.id, ...s });
function pack(topics: { id: string; duration?: string; slides: SlideIn[] }[], slideDuration?: string): Briefing {
  const input: BriefingInput = {
    puente: 1,
    meta: { title: 'T', organization: 'O', ...(slideDuration ? { slideDuration } : {}) },
    topics: topics.map((t) => ({ ...t, title: t.id, slides: t.slides.map(slide) })),
  };
  return Briefing.parse(input);
}

// a: 3 slides of its own times; b: a 4m topic over 2 slides (one backup); c: default 1m per slide.
const deck = pack(
  [
    { id: 'a', slides: [{ id: 'a1', duration: '1m' }, { id: 'a2', duration: '2m' }, { id: 'a3', duration: '30s' }] },
    { id: 'b', duration: '4m', slides: [{ id: 'b1', duration: '1m' }, { id: 'bx', backup: true }, { id: 'b2' }, { id: 'b3' }] },
    { id: 'c', slides: [{ id: 'c1' }, { id: 'c2' }] },
  ],
  '1m',
);

describe('planOf', () => {
  it('takes a slide its own time, else a share of its topic, else the default; backup slides are not planned', () => {
    const plan = planOf(deck);
    expect(plan.topics.map((t) => t.seconds)).toEqual([210, 240, 120]);
    expect(plan.topics[1]!.slides).toEqual([
      { slide: 0, id: 'b1', seconds: 60 },
      { slide: 2, id: 'b2', seconds: 90 },
      { slide: 3, id: 'b3', seconds: 90 },
    ]);
    expect(plan.seconds).toBe(570);
  });

  it('leaves a topic unplanned when one of its slides has no time and nothing else plans it', () => {
    const plan = planOf(pack([{ id: 'a', slides: [{ id: 'a1', duration: '1m' }, { id: 'a2' }] }]));
    expect(plan.topics[0]!.seconds).toBeNull();
    expect(plan.seconds).toBeNull();
  });

  it('never plans a topic shorter than its slides’ own times', () => {
    const plan = planOf(pack([{ id: 'a', duration: '1m', slides: [{ id: 'a1', duration: '2m' }, { id: 'a2' }] }]));
    expect(plan.topics[0]!.slides.map((s) => s.seconds)).toEqual([120, 0]);
    expect(plan.topics[0]!.seconds).toBe(120);
  });
});

const at = (schedule: ReturnType<typeof scheduleOf>, over: Partial<PaceInput>): ReturnType<typeof paceOf> =>
  paceOf({ schedule, view: 'slide', place: { topic: 0, slide: 0 }, returnTo: null, elapsed: 0, topicSpent: 0, ...over });

describe('scheduleOf and paceOf', () => {
  const schedule = scheduleOf(planOf(deck), null)!;

  it('starts each slide when the ones before it should have ended', () => {
    expect(schedule.slides.map((s) => s.start)).toEqual([0, 60, 180, 210, 270, 360, 450, 510]);
    expect(schedule.total).toBe(570);
  });

  it('is on time inside the slide’s window, with a little grace either side', () => {
    expect(at(schedule, { place: { topic: 0, slide: 1 }, elapsed: 100 })).toMatchObject({ status: 'on-time', by: 0, remaining: 470 });
    expect(at(schedule, { place: { topic: 0, slide: 1 }, elapsed: 52 }).status).toBe('on-time');
    expect(at(schedule, { place: { topic: 0, slide: 1 }, elapsed: 188 }).status).toBe('on-time');
  });

  it('is behind by the time past the slide’s scheduled end, ahead by the time before its start', () => {
    expect(at(schedule, { place: { topic: 0, slide: 1 }, elapsed: 300 })).toMatchObject({ status: 'behind', by: 120 });
    expect(at(schedule, { place: { topic: 1, slide: 3 }, elapsed: 200 })).toMatchObject({ status: 'ahead', by: 160 });
  });

  it('is over when the talk has run past its total, whatever the slide', () => {
    expect(at(schedule, { place: { topic: 2, slide: 1 }, elapsed: 600 })).toMatchObject({ status: 'over', by: 30, remaining: -30 });
  });

  it('gives the current topic’s planned time, time spent and what is left', () => {
    expect(at(schedule, { place: { topic: 1, slide: 2 }, elapsed: 300, topicSpent: 100 }).topic).toEqual({ planned: 240, spent: 100, remaining: 140 });
    expect(at(schedule, { place: { topic: 1, slide: 2 }, elapsed: 500, topicSpent: 290 }).topic!.remaining).toBe(-50);
  });

  it('while paused the elapsed time stands still, and so does the pace', () => {
    const paused = at(schedule, { place: { topic: 0, slide: 1 }, elapsed: 300 });
    expect(at(schedule, { place: { topic: 0, slide: 1 }, elapsed: 300 })).toEqual(paused);
  });

  it('on a detour to a backup slide, paces as the slide it left (the clock keeps running against it)', () => {
    const detour = at(schedule, { place: { topic: 1, slide: 1 }, returnTo: { topic: 0, slide: 2 }, elapsed: 260 });
    expect(detour).toMatchObject({ status: 'behind', by: 50 });
    // Reached without a return point (from search): the flow slide before it counts.
    expect(at(schedule, { place: { topic: 1, slide: 1 }, elapsed: 250 })).toMatchObject({ status: 'on-time' });
  });

  it('on the agenda, paces as the start of the chosen topic', () => {
    expect(at(schedule, { view: 'agenda', place: { topic: 2, slide: 0 }, elapsed: 30 })).toMatchObject({ status: 'ahead', by: 420 });
  });

  it('a run that skips topics is paced against its own topics only', () => {
    const run = applyRun(deck, ['c', 'a']);
    const s = scheduleOf(planOf(run), null)!;
    expect(s.total).toBe(330);
    expect(s.slides.map((x) => x.start)).toEqual([0, 60, 120, 180, 300]);
    expect(at(s, { place: { topic: 1, slide: 0 }, elapsed: 100 })).toMatchObject({ status: 'ahead', by: 20 });
  });

  it('a slot shorter than the plan squeezes the schedule to fit; a longer one leaves time at the end', () => {
    const tight = scheduleOf(planOf(deck), 285)!;
    expect(tight.total).toBe(285);
    expect(tight.slides.map((s) => s.start)).toEqual([0, 30, 90, 105, 135, 180, 225, 255]);
    const roomy = scheduleOf(planOf(deck), 900)!;
    expect(roomy.slides.at(-1)!.start).toBe(510);
    expect(at(roomy, { place: { topic: 2, slide: 1 }, elapsed: 620 })).toMatchObject({ status: 'behind', by: 50, remaining: 280 });
  });

  it('with a slot and no plan, shares the slot evenly; with neither, there is nothing to pace', () => {
    const bare = pack([{ id: 'a', slides: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }, { id: 'a4' }] }]);
    const s = scheduleOf(planOf(bare), 600)!;
    expect(s.slides.map((x) => x.seconds)).toEqual([150, 150, 150, 150]);
    expect(scheduleOf(planOf(bare), null)).toBeNull();
    expect(at(null, { elapsed: 42 })).toEqual({ elapsed: 42, total: null, remaining: null, topic: null, status: 'unplanned', by: 0 });
  });

  it('fills unplanned slides with the average of the planned ones when there is no slot', () => {
    const part = pack([{ id: 'a', slides: [{ id: 'a1', duration: '1m' }, { id: 'a2', duration: '3m' }, { id: 'a3' }] }]);
    expect(scheduleOf(planOf(part), null)!.slides.map((x) => x.seconds)).toEqual([60, 180, 120]);
  });
});
