// Tailoring a run: choosing and ordering topics, and recognising the whole pack as "no run".
import { describe, expect, it } from 'vitest';
import { moveRow, rowsForRun, runOfRows, slotOfMinutes, toggleRow } from '../../../renderer/agenda/run-edit';

const pack = ['partnership', 'border', 'disasters', 'economy', 'closing'];

describe('run editing', () => {
  it('lists the run first in its order, then the topics left out', () => {
    expect(rowsForRun(pack, ['economy', 'partnership', 'gone'])).toEqual([
      { id: 'economy', included: true },
      { id: 'partnership', included: true },
      { id: 'border', included: false },
      { id: 'disasters', included: false },
      { id: 'closing', included: false },
    ]);
  });

  it('moves rows and leaves them at the ends', () => {
    const rows = rowsForRun(pack, null);
    expect(moveRow(rows, 1, -1).map((r) => r.id)).toEqual(['border', 'partnership', 'disasters', 'economy', 'closing']);
    expect(moveRow(rows, 0, -1).map((r) => r.id)).toEqual(pack);
    expect(moveRow(rows, 4, 1).map((r) => r.id)).toEqual(pack);
  });

  it('gives the chosen ids in order, or null for the whole pack unchanged or nothing chosen', () => {
    const rows = rowsForRun(pack, null);
    expect(runOfRows(pack, rows)).toBeNull();
    expect(runOfRows(pack, toggleRow(rows, 2))).toEqual(['partnership', 'border', 'economy', 'closing']);
    expect(runOfRows(pack, moveRow(rows, 4, -1))).toEqual(['partnership', 'border', 'disasters', 'closing', 'economy']);
    expect(runOfRows(pack, rows.map((r) => ({ ...r, included: false })))).toBeNull();
  });
});

describe('slotOfMinutes', () => {
  it('reads whole minutes from 1 to 480 as seconds; anything else is no slot', () => {
    expect(slotOfMinutes('10')).toBe(600);
    expect(slotOfMinutes(' 15 ')).toBe(900);
    expect(slotOfMinutes(480)).toBe(28_800);
    for (const bad of ['', '0', '-5', '2.5', 'ten', '481', null, undefined]) expect(slotOfMinutes(bad)).toBeNull();
  });
});
