import { describe, expect, it } from 'vitest';
import { slidesNear } from '../../../main/model/nearby-slides';
import { flowPack } from '../flow-pack';

// a: a1 a2 a-backup | b: b-backup b1 b2 | c: c1
const pack = flowPack();
const ids = (view: 'agenda' | 'slide', topic: number, slide: number, ahead: number, behind: number) =>
  slidesNear(pack, view, { topic, slide }, { ahead, behind }).map((s) => s.id);

describe('slidesNear', () => {
  it('puts the slide on screen first, then the next and the previous ones interleaved, crossing topics', () => {
    expect(ids('slide', 0, 1, 3, 1)).toEqual(['a2', 'b1', 'a1', 'b2', 'c1']);
    expect(ids('slide', 1, 2, 2, 2)).toEqual(['b2', 'c1', 'b1', 'a2']);
  });

  it('stops at either end of the briefing', () => {
    expect(ids('slide', 0, 0, 1, 3)).toEqual(['a1', 'a2']);
    expect(ids('slide', 2, 0, 3, 1)).toEqual(['c1', 'b2']);
  });

  it('from the agenda, starts with the slide a click opens: the topic’s first main-flow slide', () => {
    expect(ids('agenda', 1, 0, 1, 0)).toEqual(['b1', 'b2']);
    expect(ids('agenda', 2, 0, 0, 0)).toEqual(['c1']);
  });

  it('from a backup slide, goes on to the flow after it and back to the flow before it, never to other backups', () => {
    expect(ids('slide', 0, 2, 2, 1)).toEqual(['a-backup', 'b1', 'a2', 'b2']);
    expect(ids('slide', 1, 0, 1, 1)).toEqual(['b-backup', 'b1', 'a2']);
  });

  it('is empty where the place names no slide', () => {
    expect(ids('slide', 5, 0, 3, 1)).toEqual([]);
    expect(ids('slide', 0, 9, 3, 1)).toEqual([]);
  });
});
