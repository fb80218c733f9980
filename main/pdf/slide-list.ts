// Bullet lists on a slide: the largest type at which the whole list fits, else cut with "…" where it ends.
import type { Bullet, Text } from '../model/schema';
import { localizedRun } from '../model/text';
import { fitBlock, truncate, type Block, type FitOptions } from './fit-text';
import { FONT } from './fonts';
import type { Box, FieldPath, SlideContext, Tag } from './slide-context';
import { artifact, drawText, group, INK, MUTED, noteCuts, secondaryOf, type LangBlock } from './slide-text';
import { COLOR } from './theme';

export interface Item { text: Text; level: 0 | 1; path: FieldPath }

export function flatten(bullets: Bullet[], base: FieldPath): Item[] {
  return bullets.flatMap((b, i): Item[] =>
    typeof b === 'object' && 'bullets' in b
      ? [{ text: b.text, level: 0, path: [...base, i, 'text'] }, ...b.bullets.map((c, j) => ({ text: c, level: 1 as const, path: [...base, i, 'bullets', j] }))]
      : [{ text: b, level: 0, path: [...base, i] }],
  );
}

const indentOf = (level: 0 | 1, size: number): number => (level === 0 ? size * 1.1 : size * 2.6);
const sizeOf = (level: 0 | 1, size: number): number => (level === 0 ? size : Math.round(size * 0.85));
// Items with a translation beneath already read as separate: they need less air between them.
const spacing = (size: number, two: boolean): number => size * (two ? 0.34 : 0.5);
const LIST_MIN = 14;
// A bilingual list holds every item twice; it may go a little smaller before anything is cut.
const LIST_MIN_BILINGUAL = 12;

/** Space between a sub-point and its translation on the same line, in ems of the sub-point. */
const INLINE_GAP = 0.6;

/**
 * A sub-point whose text and translation both fit on one line shows them side by side, as the screen does: a
 * bilingual list then needs a line less per sub-point and can keep larger type.
 */
function inlineIfShort(ctx: SlideContext, item: Item, b: Block, width: number): Block {
  const s = b.secondary;
  if (item.level !== 1 || !s?.text || b.primary.cut || s.cut) return b;
  const { doc } = ctx;
  const oneLine = doc.font(b.primary.font).fontSize(b.primary.size).currentLineHeight(true);
  if (b.primary.height > oneLine * 1.5) return b;
  const at = doc.widthOfString(b.primary.text) + b.primary.size * INLINE_GAP;
  if (at + doc.font(s.font).fontSize(s.size).widthOfString(s.text) > width) return b;
  return { ...b, gap: 0, height: b.primary.height, inline: at };
}

export interface Placed { item: Item; block: LangBlock; y: number; size: number }

/** Lays a list out at `size`, each item wrapped to its column; items that no longer fit are cut or left out. */
export function layoutList(ctx: SlideContext, items: Item[], size: number, box: Box): { placed: Placed[]; left: Item[]; fits: boolean } {
  const placed: Placed[] = [];
  let y = box.y;
  const bottom = box.y + box.height;
  for (const [i, item] of items.entries()) {
    const s = sizeOf(item.level, size);
    const o: FitOptions = { font: FONT.regular, width: box.width - indentOf(item.level, size), height: bottom - y, maxSize: s, minSize: s, lineGap: 2 };
    const second = secondaryOf(ctx, item.text);
    const first = localizedRun(item.text, ctx.lang);
    const block: LangBlock = { ...inlineIfShort(ctx, item, fitBlock(ctx.doc, first.text, second, o), o.width), lang1: first.lang };
    const cut = block.primary.cut || Boolean(block.secondary?.cut);
    if (!block.primary.text) return { placed, left: items.slice(i), fits: false };
    placed.push({ item, block, y, size: s });
    if (cut) return { placed, left: items.slice(i + 1), fits: false };
    y += block.height + spacing(size, Boolean(block.secondary));
  }
  return { placed, left: [], fits: true };
}

/** A bullet list at the largest size (maxSize → 14 pt) at which it fits; below that, cut with "…" where it ends. */
export function drawList(ctx: SlideContext, items: Item[], box: Box, maxSize = 26): void {
  const { doc } = ctx;
  // The largest whole size that fits (a binary search: a list only grows with its type).
  let size = maxSize;
  let plan = layoutList(ctx, items, size, box);
  if (!plan.fits) {
    let lo = ctx.lang2 ? LIST_MIN_BILINGUAL : LIST_MIN;
    let hi = maxSize;
    plan = layoutList(ctx, items, lo, box);
    if (plan.fits) {
      for (let mid = Math.floor((lo + hi) / 2); mid > lo && mid < hi; mid = Math.floor((lo + hi) / 2)) {
        if (layoutList(ctx, items, mid, box).fits) lo = mid;
        else hi = mid;
      }
      plan = layoutList(ctx, items, lo, box);
    }
    size = lo;
  }
  if (!plan.fits) {
    const last = plan.placed.at(-1);
    // Items left out entirely: the last item shown ends with "…" so the audience sees the list goes on.
    if (last && plan.left.length > 0 && !last.block.primary.cut && !last.block.secondary?.cut) {
      const p = last.block.secondary?.text ? last.block.secondary : last.block.primary;
      const w = box.width - indentOf(last.item.level, size) - (p === last.block.secondary ? (last.block.inline ?? 0) : 0);
      p.text = truncate(doc, p.text, p.font, p.size, w, p.height, p === last.block.primary ? 2 : 0);
    }
    for (const pl of plan.placed) noteCuts(ctx, pl.item.path, pl.block);
    for (const it of plan.left) {
      ctx.onCut?.(it.path, ctx.lang);
    }
  }
  const list = group(ctx, ctx.struct, 'L');
  let body: Tag | undefined;
  let subList: Tag | undefined;
  for (const { item, block, y, size: s } of plan.placed) {
    const indent = indentOf(item.level, size);
    const marker = s * 0.32;
    const my = y + s * 0.55 - marker / 2;
    artifact(ctx, () => {
      if (item.level === 0) doc.rect(box.x + indent - size * 1.1, my, marker, marker).fill(COLOR.accent);
      else doc.circle(box.x + indent - s * 0.8 + marker / 2, my + marker / 2, marker / 2).fill(COLOR.muted);
    });
    const parent = item.level === 0 || !body ? list : (subList ??= group(ctx, body, 'L'));
    const li = group(ctx, parent, 'LI');
    const lbody = group(ctx, li, 'LBody');
    drawText(ctx, lbody, 'P', block, box.x + indent, y, { width: box.width - indent, lineGap: 2 }, item.level === 0 ? INK : MUTED);
    if (item.level === 0) {
      body = lbody;
      subList = undefined;
    }
  }
  list?.end();
}
