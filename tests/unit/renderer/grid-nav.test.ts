// Moving the overview's selection: arrows within and across topic rows, Home and End for the whole grid.
import { describe, expect, it } from 'vitest';
import { moveInOverview } from '../../../renderer/overview/grid-nav';

// Three topics: 4 slides, 2 slides, 5 slides.
const rows = [4, 2, 5];
const at = (topic: number, slide: number) => ({ topic, slide });

describe('moveInOverview', () => {
  it('moves right and left within a row', () => {
    expect(moveInOverview(rows, at(0, 1), 'ArrowRight')).toEqual(at(0, 2));
    expect(moveInOverview(rows, at(0, 1), 'ArrowLeft')).toEqual(at(0, 0));
  });

  it('wraps right from a row’s last slide to the next row’s first', () => {
    expect(moveInOverview(rows, at(0, 3), 'ArrowRight')).toEqual(at(1, 0));
  });

  it('wraps left from a row’s first slide to the previous row’s last', () => {
    expect(moveInOverview(rows, at(2, 0), 'ArrowLeft')).toEqual(at(1, 1));
  });

  it('stays put at the very start and the very end', () => {
    expect(moveInOverview(rows, at(0, 0), 'ArrowLeft')).toEqual(at(0, 0));
    expect(moveInOverview(rows, at(2, 4), 'ArrowRight')).toEqual(at(2, 4));
    expect(moveInOverview(rows, at(0, 2), 'ArrowUp')).toEqual(at(0, 2));
    expect(moveInOverview(rows, at(2, 2), 'ArrowDown')).toEqual(at(2, 2));
  });

  it('moves down and up keeping the column', () => {
    expect(moveInOverview(rows, at(1, 1), 'ArrowDown')).toEqual(at(2, 1));
    expect(moveInOverview(rows, at(2, 1), 'ArrowUp')).toEqual(at(1, 1));
  });

  it('clamps the column to a shorter row', () => {
    expect(moveInOverview(rows, at(0, 3), 'ArrowDown')).toEqual(at(1, 1));
    expect(moveInOverview(rows, at(2, 4), 'ArrowUp')).toEqual(at(1, 1));
  });

  it('goes to the first and last slide of the whole grid with Home and End', () => {
    expect(moveInOverview(rows, at(1, 1), 'Home')).toEqual(at(0, 0));
    expect(moveInOverview(rows, at(1, 1), 'End')).toEqual(at(2, 4));
  });

  it('passes over empty rows', () => {
    expect(moveInOverview([2, 0, 3], at(0, 1), 'ArrowDown')).toEqual(at(2, 1));
    expect(moveInOverview([2, 0, 3], at(2, 0), 'ArrowLeft')).toEqual(at(0, 1));
    expect(moveInOverview([0, 3, 0], at(1, 0), 'End')).toEqual(at(1, 2));
  });

  it('ignores other keys', () => {
    expect(moveInOverview(rows, at(0, 0), 'Enter')).toBeNull();
    expect(moveInOverview(rows, at(0, 0), 'a')).toBeNull();
  });

  it('does nothing in an empty grid', () => {
    expect(moveInOverview([], at(0, 0), 'ArrowRight')).toBeNull();
  });
});
