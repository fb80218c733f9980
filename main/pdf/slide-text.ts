// A slide's text elements: each field fitted in the primary language with the secondary beneath (bilingual export),
// drawn as tagged structure when the export is tagged, and every cut reported.
import type { Lang, Text } from '../model/schema';
import { hasLanguage, localize, localizedRun } from '../model/text';
import { drawHeight, fitBlock, type Block, type FitOptions, type Inks } from './fit-text';
import type { FieldPath, SlideContext, Tag } from './slide-context';
import * as tagging from './tagging';
import { COLOR } from './theme';

/** Source Sans 3's ascender, in ems (1024 of 1000 units): where pdfkit puts the first baseline below `y`. */
const ASCENT = 1.024;

// The tagging helpers, with the parent optional: the overflow check draws slides into an untagged scratch document.

/** Draws decoration, marked as an artifact in a tagged export so screen readers skip it. */
export function artifact(ctx: SlideContext, draw: () => void): void {
  if (!ctx.struct) return draw();
  tagging.artifact(ctx.doc, draw, 'Layout');
}

/** A structure element under `parent` (none in an untagged export). */
export function group(ctx: SlideContext, parent: Tag | undefined, type: string, options: tagging.TagOptions = {}): Tag | undefined {
  return parent ? tagging.group(ctx.doc, parent, type, options) : undefined;
}

/** /Lang for an element whose text is in `lang`: none when that is the document's own language (or neutral). */
export function langOf(ctx: SlideContext, lang: Lang | undefined): tagging.TagOptions {
  return lang !== undefined && lang !== ctx.lang ? { lang } : {};
}

/**
 * A fitted block and the language of its primary line: the export's language, the one the pack fell back to, or
 * undefined for a plain string. The secondary line is always in ctx.lang2.
 */
export type LangBlock = Block & { lang1?: Lang | undefined };

/** Draws `draw` as marked content belonging to `el` (or just draws it, untagged). */
export function mark(el: Tag | undefined, draw: () => void): void {
  if (el) el.add(draw);
  else draw();
}

/** The secondary language's wording of `text`, or undefined when it would repeat the primary (as on screen). */
export function secondaryOf(ctx: SlideContext, text: Text | undefined): string | undefined {
  const two = ctx.lang2;
  if (text === undefined || two === undefined || two === ctx.lang) return undefined;
  if (typeof text === 'string' || !hasLanguage(text, two)) return undefined;
  const other = localize(text, two);
  return other.trim() === localize(text, ctx.lang).trim() ? undefined : other;
}

export function noteCuts(ctx: SlideContext, path: FieldPath, b: Block): void {
  if (b.primary.cut) ctx.onCut?.(path, ctx.lang);
  if (b.secondary?.cut && ctx.lang2) ctx.onCut?.(path, ctx.lang2);
}

/** Fits one text field of the slide into the box given by `o`, reporting a cut. */
export function fitField(ctx: SlideContext, path: FieldPath, text: Text, o: FitOptions, transform: (s: string) => string = (s) => s): LangBlock {
  const second = secondaryOf(ctx, text);
  const first = localizedRun(text, ctx.lang);
  const b = fitBlock(ctx.doc, transform(first.text), second === undefined ? undefined : transform(second), o);
  noteCuts(ctx, path, b);
  return { ...b, lang1: first.lang };
}

/**
 * Draws a fitted block as a structure element of `type`, with /Lang when its primary line is not in the document's
 * language, and its secondary line a Span in its own language.
 */
export function drawText(ctx: SlideContext, parent: Tag | undefined, type: string, b: LangBlock, x: number, y: number, o: Pick<FitOptions, 'width' | 'lineGap' | 'align'>, inks: Inks): number {
  const { doc } = ctx;
  const el = group(ctx, parent, type, langOf(ctx, b.lang1));
  const align = o.align ?? 'left';
  mark(el, () => {
    if (!b.primary.text) return;
    doc.font(b.primary.font).fontSize(b.primary.size).fillColor(inks.primary);
    doc.text(b.primary.text, x, y, { width: o.width, lineGap: o.lineGap ?? 0, align, height: drawHeight(b.primary.height, o.lineGap) });
  });
  const s = b.secondary;
  if (s?.text) {
    const span = group(ctx, el, 'Span', ctx.lang2 ? { lang: ctx.lang2 } : {});
    mark(span, () => {
      doc.font(s.font).fontSize(s.size).fillColor(inks.secondary);
      if (b.inline !== undefined) {
        // On the primary's line: shifted down so both share one baseline.
        const baseline = (b.primary.size - s.size) * ASCENT;
        doc.text(s.text, x + b.inline, y + baseline, { width: o.width - b.inline, lineBreak: false, height: drawHeight(s.height) });
      } else {
        doc.text(s.text, x, y + b.primary.height + b.gap, { width: o.width, align, height: drawHeight(s.height) });
      }
    });
    span?.end();
  }
  el?.end();
  return b.height;
}

/** Fits and draws a field in one step; returns the height used. */
export function field(ctx: SlideContext, parent: Tag | undefined, type: string, path: FieldPath, text: Text, x: number, y: number, o: FitOptions, inks: Inks): number {
  return drawText(ctx, parent, type, fitField(ctx, path, text, o), x, y, o, inks);
}

export const INK: Inks = { primary: COLOR.ink, secondary: COLOR.muted };
export const NAVY: Inks = { primary: COLOR.navy, secondary: COLOR.navyLight };
export const MUTED: Inks = { primary: COLOR.muted, secondary: COLOR.muted };
export const LIGHT: Inks = { primary: '#ffffff', secondary: '#aab8cc' };
