// Tagging helpers for a slide's drawing, with the parent optional: the overflow check lays slides out without a
// tagged document, and a miniature may draw untagged.
import type { Lang } from '../model/schema';
import type { SlideContext, Tag } from './slide-context';
import * as tagging from './tagging';

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

/** Draws `draw` as marked content belonging to `el` (or just draws it, untagged). */
export function mark(el: Tag | undefined, draw: () => void): void {
  if (el) el.add(draw);
  else draw();
}
