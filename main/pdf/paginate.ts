// Page geometry as pure functions: the page size of each layout, the area inside the frame, where each slide and
// its notes sit on a handout page, and how a list of things is cut into pages. Unit-tested by value.
import type { ExportLayout, Paper } from '../model/export-options';
import { BANNER, FOOTER, MARGIN, PAGE } from './theme';

export interface Size { width: number; height: number }
export interface Box { x: number; y: number; width: number; height: number }

export const PAPER_SIZE: Record<Paper, Size> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/** Slides pages are the deck's 16:9 size; every other layout is portrait paper. */
export function pageSizeFor(layout: ExportLayout, paper: Paper): Size {
  return layout === 'slides' ? { width: PAGE.width, height: PAGE.height } : PAPER_SIZE[paper];
}

/** Paper margins: three quarters of an inch each side. */
export const PAPER_MARGIN = 54;
/** Height of the running header band above the content on paper pages. */
const PAPER_HEADER = 34;
const PAPER_FOOTER = 40;

/** The box inside banners, header and footer where a page's content goes. */
export function contentArea(page: Size, hasBanner: boolean): Box {
  const b = hasBanner ? BANNER : 0;
  if (page.width > page.height) {
    const top = b + 40;
    return { x: MARGIN, y: top, width: page.width - 2 * MARGIN, height: page.height - b - FOOTER - 10 - top };
  }
  const top = b + PAPER_HEADER;
  return { x: PAPER_MARGIN, y: top, width: page.width - 2 * PAPER_MARGIN, height: page.height - b - PAPER_FOOTER - top };
}

/** Where one slide sits on a paper page: the slide's box and, when the layout has them, its notes or ruled lines. */
export interface Slot { slide: Box; notes?: Box; lines?: Box }

const RATIO = PAGE.height / PAGE.width;

/** A 16:9 box at most `w` wide and `h` high, centred horizontally in [x, x + w] and placed at `y`. */
function slideBox(x: number, y: number, w: number, h: number): Box {
  const width = Math.min(w, h / RATIO);
  return { x: x + (w - width) / 2, y, width, height: width * RATIO };
}

/** Slides per page of each slide-bearing layout. */
export function slidesPerPage(layout: ExportLayout): number {
  switch (layout) {
    case 'handout-2': return 2;
    case 'handout-3': return 3;
    case 'handout-6': return 6;
    default: return 1;
  }
}

/**
 * The slots of one page, in reading order. `notes` adds a notes box (the `notes` layout always has one); handout-3
 * without notes has ruled lines beside each slide, as PowerPoint's three-slide handout does.
 */
export function slotsFor(layout: ExportLayout, area: Box, notes: boolean): Slot[] {
  const withNotes = notes || layout === 'notes';
  switch (layout) {
    case 'slides':
      return [{ slide: { x: 0, y: 0, width: PAGE.width, height: PAGE.height } }];
    case 'notes':
    case 'handout-1': {
      if (!withNotes) {
        const s = slideBox(area.x, area.y, area.width, area.height);
        return [{ slide: { ...s, y: area.y + Math.max(0, (area.height - s.height) / 3) } }];
      }
      const s = slideBox(area.x, area.y, area.width, area.height * 0.5);
      const top = s.y + s.height + 30;
      return [{ slide: s, notes: { x: area.x, y: top, width: area.width, height: area.y + area.height - top } }];
    }
    case 'handout-2': {
      const gap = 24;
      const half = (area.height - gap) / 2;
      return [0, 1].map((i) => {
        const y = area.y + i * (half + gap);
        if (!withNotes) {
          const s = slideBox(area.x, y, area.width, half);
          return { slide: { ...s, y: y + (half - s.height) / 2 } };
        }
        const s = slideBox(area.x, y, area.width, half * 0.62);
        // Below the slide: its source line (thumbnail SOURCE_ROOM), then the notes.
        const top = s.y + s.height + 26;
        return { slide: s, notes: { x: area.x, y: top, width: area.width, height: y + half - top } };
      });
    }
    case 'handout-3': {
      const gap = 18;
      const row = (area.height - 2 * gap) / 3;
      return [0, 1, 2].map((i) => {
        const y = area.y + i * (row + gap);
        const s = slideBox(area.x, y, area.width * 0.52, row);
        const slide = { ...s, x: area.x, y: y + (row - s.height) / 2 };
        const side = { x: slide.x + slide.width + 20, y: slide.y, width: area.x + area.width - (slide.x + slide.width + 20), height: slide.height };
        return withNotes ? { slide, notes: side } : { slide, lines: side };
      });
    }
    case 'handout-6': {
      const gapX = 24;
      const gapY = 22;
      const colW = (area.width - gapX) / 2;
      const row = (area.height - 2 * gapY) / 3;
      return [0, 1, 2, 3, 4, 5].map((i) => {
        const col = i % 2;
        const r = Math.floor(i / 2);
        const y = area.y + r * (row + gapY);
        const s = slideBox(area.x + col * (colW + gapX), y, colW, row);
        return { slide: { ...s, y: y + (row - s.height) / 2 } };
      });
    }
    case 'brief':
    case 'run-sheet':
      return [];
  }
}

/** `items` cut into runs of `size` (the last may be shorter). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A block to paginate: its height and the space above it (points), and what it must share a page with. */
export interface FlowBlock {
  height: number;
  spaceBefore?: number;
  /** A heading, a lead, the first row of a list: never the last thing on a page. */
  keepWithNext?: boolean;
  /** A source line, a caption, a second-language line, the last row of a list: never alone atop a page. */
  keepWithPrevious?: boolean;
}

/**
 * Pagination of measured blocks: a block goes on the current page if it fits, else the page ends — before it, or
 * earlier, so that blocks kept together (keepWithNext, keepWithPrevious) move to the next page together. A page
 * made wholly of kept blocks ends where it overflows. The space before the first block of a page is dropped.
 */
export function flow<T extends FlowBlock>(blocks: readonly T[], pageHeight: number): { block: T; y: number }[][] {
  const kept = (k: number): boolean => k > 0 && Boolean(blocks[k - 1]?.keepWithNext || blocks[k]?.keepWithPrevious);
  const pages: { block: T; y: number }[][] = [];
  let page: { block: T; y: number }[] = [];
  let start = 0;
  let y = 0;
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i] as T;
    const gap = page.length === 0 ? 0 : (block.spaceBefore ?? 0);
    if (page.length > 0 && y + gap + block.height > pageHeight) {
      let k = i;
      while (k > start && kept(k)) k -= 1;
      if (k === start) k = i;
      pages.push(page.slice(0, k - start));
      page = [];
      y = 0;
      start = i = k;
      continue;
    }
    page.push({ block, y: y + gap });
    y += gap + block.height;
    i += 1;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
