// Spec: page geometry by value — page sizes, where slides and notes sit on handouts, and how content is cut into pages.
import { describe, expect, test } from 'vitest';
import { EXPORT_LAYOUTS } from '../../../main/model/export-options';
import { chunk, contentArea, flow, pageSizeFor, PAPER_SIZE, slidesPerPage, slotsFor, type Box } from '../../../main/pdf/paginate';
import { tocPageCount } from '../../../main/pdf/toc';

const inside = (b: Box, a: Box): boolean => b.x >= a.x - 0.01 && b.y >= a.y - 0.01 && b.x + b.width <= a.x + a.width + 0.01 && b.y + b.height <= a.y + a.height + 0.01;
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('slides pages are 960 × 540; every other layout is portrait Letter or A4', () => {
  expect(pageSizeFor('slides', 'a4')).toEqual({ width: 960, height: 540 });
  expect(pageSizeFor('handout-3', 'letter')).toEqual({ width: 612, height: 792 });
  expect(pageSizeFor('brief', 'a4')).toEqual({ width: 595.28, height: 841.89 });
});

describe.each(['letter', 'a4'] as const)('on %s', (paper) => {
  const area = contentArea(PAPER_SIZE[paper], true);
  test.each(EXPORT_LAYOUTS.filter((l) => l !== 'slides' && l !== 'brief' && l !== 'run-sheet'))('%s: slots stay inside the content area, never overlap, slides are 16:9', (layout) => {
    for (const notes of [false, true]) {
      const slots = slotsFor(layout, area, notes);
      expect(slots).toHaveLength(slidesPerPage(layout));
      const boxes = slots.flatMap((s) => [s.slide, ...(s.notes ? [s.notes] : []), ...(s.lines ? [s.lines] : [])]);
      for (const b of boxes) expect(inside(b, area), JSON.stringify(b)).toBe(true);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false)));
      for (const s of slots) expect(s.slide.height / s.slide.width).toBeCloseTo(540 / 960, 5);
    }
  });
});

test('handout-3 has ruled lines beside each slide, or the notes when asked; handout-6 neither', () => {
  const area = contentArea(PAPER_SIZE.letter, false);
  expect(slotsFor('handout-3', area, false).every((s) => s.lines && !s.notes)).toBe(true);
  expect(slotsFor('handout-3', area, true).every((s) => s.notes && !s.lines)).toBe(true);
  expect(slotsFor('handout-6', area, false).every((s) => !s.lines && !s.notes)).toBe(true);
  expect(slotsFor('notes', area, false)[0]?.notes).toBeDefined();
});

test('chunk cuts a list into runs of a size, the last shorter', () => {
  expect(chunk([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  expect(chunk([], 3)).toEqual([]);
});

test('flow puts blocks on a page while they fit, dropping the space before the first block of a page', () => {
  const b = (height: number, spaceBefore = 10, keepWithNext = false) => ({ height, spaceBefore, keepWithNext });
  const pages = flow([b(40), b(40), b(40)], 100);
  expect(pages.map((p) => p.map((x) => x.y))).toEqual([[0, 50], [0]]);
});

test('flow never ends a page on a heading: a chain of kept blocks moves with what follows', () => {
  const b = (height: number, keepWithNext = false) => ({ height, spaceBefore: 0, keepWithNext });
  const pages = flow([b(70), b(10, true), b(5, true), b(20)], 100);
  expect(pages.map((p) => p.length)).toEqual([1, 3]);
});

test('flow never opens a page with a block kept with the one before (a source line): both move on', () => {
  const b = (height: number, keepWithPrevious = false) => ({ height, spaceBefore: 0, keepWithPrevious });
  const pages = flow([b(50), b(40), b(15, true)], 100);
  expect(pages.map((p) => p.map((x) => x.block.height))).toEqual([[50], [40, 15]]);
});

test('flow keeps a heading, its lead and the first two rows of a list together', () => {
  const heading = { height: 20, spaceBefore: 0, keepWithNext: true };
  const lead = { height: 20, spaceBefore: 0, keepWithNext: true };
  const row1 = { height: 20, spaceBefore: 0, keepWithNext: true };
  const row2 = { height: 20, spaceBefore: 0 };
  const pages = flow([{ height: 30, spaceBefore: 0 }, heading, lead, row1, row2, { height: 20, spaceBefore: 0 }], 100);
  expect(pages[0]?.map((x) => x.block)).toEqual([expect.objectContaining({ height: 30 })]);
  expect(pages[1]?.slice(0, 4).map((x) => x.block)).toEqual([heading, lead, row1, row2]);
});

test('flow breaks a chain of kept blocks taller than a page where it overflows, rather than loop', () => {
  const k = { height: 40, spaceBefore: 0, keepWithNext: true };
  const pages = flow([k, k, k, k, { height: 40, spaceBefore: 0 }], 100);
  expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
});

test('the contents take one page until the rows overflow it', () => {
  const area = contentArea(PAPER_SIZE.letter, true);
  const ones = (n: number) => Array.from({ length: n }, () => 1);
  expect(tocPageCount(ones(1), area)).toBe(1);
  expect(tocPageCount(ones(30), area)).toBe(1);
  expect(tocPageCount(ones(200), area)).toBeGreaterThan(4);
  expect(tocPageCount(ones(1200), contentArea({ width: 960, height: 540 }, true))).toBeGreaterThan(tocPageCount(ones(1200), area) / 2);
});

test('a title that wraps takes two rows, and an entry never splits across columns or pages', () => {
  const area = contentArea(PAPER_SIZE.letter, true);
  const perPage = Array.from({ length: 200 }, () => 1);
  const fits = perPage.findIndex((_, i) => tocPageCount(perPage.slice(0, i + 1), area) === 2); // first row on page 2
  expect(tocPageCount(Array.from({ length: fits }, () => 1), area)).toBe(1);
  expect(tocPageCount([...Array.from({ length: fits - 1 }, () => 1), 2], area)).toBe(2);
});
