// What names a slide wherever slides are listed: the contents, outline, brief and run sheet of an export, the
// overview and search results on screen. Its title; a quote slide, whose title is optional, by its quote or speaker;
// else its id.
import type { Lang, Slide } from './schema';
import { localizedRun } from './text';

/**
 * What names a quote slide without a title: its speaker (print: a contents line or bookmark stays short) or its words
 * (on screen, where a briefer recognises the slide by what it says).
 */
export type UntitledQuote = 'speaker' | 'quote';

/** A slide's name in `lang`, with the language it is written in (undefined for a plain string or the slide id). */
export function slideTitleRun(slide: Slide, lang: Lang, untitledQuote: UntitledQuote): { text: string; lang: Lang | undefined } {
  if ('title' in slide && slide.title !== undefined) return localizedRun(slide.title, lang);
  if (slide.layout === 'quote') return localizedRun(untitledQuote === 'speaker' ? slide.attribution : slide.quote, lang);
  return { text: slide.id, lang: undefined };
}

/** A slide's name in `lang`, as plain text. */
export function slideTitleText(slide: Slide, lang: Lang, untitledQuote: UntitledQuote): string {
  return slideTitleRun(slide, lang, untitledQuote).text;
}
