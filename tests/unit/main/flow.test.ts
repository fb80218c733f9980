// The presentation flow: slide counts, stepping across topics, backup slides held out, jumping by number.
import { describe, expect, it } from 'vitest';
import { flowPack } from '../flow-pack';
import {
  briefingProgress,
  countedSlides,
  nextPlace,
  placeOfRunNumber,
  positionInRun,
  positionInTopic,
  previousPlace,
  topicEnd,
  topicStart,
} from '../../../main/model/flow';

const briefing = flowPack({ topics: 2 });

describe('presentation flow', () => {
  it('counts a topic’s slides without its backup slides', () => {
    expect(briefing.topics.map((t) => countedSlides(t.slides))).toEqual([2, 2]);
  });

  it('opens a topic on its first slide that is not a backup', () => {
    expect(topicStart(briefing, 1)).toEqual({ topic: 1, slide: 1 });
  });

  it('ends a topic on its last slide that is not a backup', () => {
    expect(topicEnd(briefing, 0)).toEqual({ topic: 0, slide: 1 });
  });

  it('goes from a topic’s last slide to the next topic’s first, skipping backups on both sides', () => {
    expect(nextPlace(briefing, { topic: 0, slide: 1 })).toEqual({ topic: 1, slide: 1 });
  });

  it('goes back from a topic’s first slide to the previous topic’s last', () => {
    expect(previousPlace(briefing, { topic: 1, slide: 1 })).toEqual({ topic: 0, slide: 1 });
  });

  it('stops at the ends of the briefing', () => {
    expect(nextPlace(briefing, { topic: 1, slide: 2 })).toBeNull();
    expect(previousPlace(briefing, { topic: 0, slide: 0 })).toBeNull();
  });

  it('jumps to slide n of the whole run, the number every view shows, and back again', () => {
    expect(placeOfRunNumber(briefing, 3)).toEqual({ topic: 1, slide: 1 });
    for (const n of [1, 2, 3, 4]) expect(positionInRun(briefing, placeOfRunNumber(briefing, n)!).n).toBe(n);
    for (const n of [0, 5, 99]) expect(placeOfRunNumber(briefing, n)).toBeNull();
  });

  it('says where a slide is as n of m within its topic', () => {
    expect(positionInTopic(briefing, { topic: 1, slide: 2 })).toEqual({ n: 2, m: 2 });
  });

  it('measures progress over the whole briefing, from 0 at the first slide to 1 at the last', () => {
    expect(briefingProgress(briefing, { topic: 0, slide: 0 })).toBe(0);
    expect(briefingProgress(briefing, { topic: 1, slide: 2 })).toBe(1);
  });
});
