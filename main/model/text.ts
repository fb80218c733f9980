// Localisation of briefing text: pick a language, fall back to the pack's other languages, never to nothing.
import type { Lang, Text } from './schema';
import { LANGS } from './schema';

/** The text in `lang`, else in the first language that has it. */
export function localize(text: Text, lang: Lang): string;
export function localize(text: Text | undefined, lang: Lang): string | undefined;
export function localize(text: Text | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  const direct = text[lang];
  if (direct !== undefined) return direct;
  for (const other of LANGS) {
    const v = text[other];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** True when `text` has its own wording in `lang` (a plain string counts for every language). */
export function hasLanguage(text: Text, lang: Lang): boolean {
  return typeof text === 'string' || text[lang] !== undefined;
}

/** Every string inside a text, in every language (for search, glyph checks). */
export function allStrings(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return LANGS.flatMap((l) => (text[l] === undefined ? [] : [text[l] as string]));
}

/**
 * The text in `lang` (as localize) and the language it is actually written in: `lang` itself, the language it fell
 * back to, or undefined for a plain string (language-neutral: a name, a number, a URL). Tagging reads this, so a
 * screen reader pronounces each piece in its own language, never a guess from its words.
 */
export function localizedRun(text: Text, lang: Lang): { text: string; lang: Lang | undefined };
export function localizedRun(text: Text | undefined, lang: Lang): { text: string; lang: Lang | undefined } | undefined;
export function localizedRun(text: Text | undefined, lang: Lang): { text: string; lang: Lang | undefined } | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { text, lang: undefined };
  const own = text[lang];
  if (own !== undefined) return { text: own, lang };
  for (const other of LANGS) {
    const v = text[other];
    if (v !== undefined) return { text: v, lang: other };
  }
  return undefined;
}

/** A text's wording in one language and the language it is written in (undefined: language-neutral), as localizedRun. */
export interface Wording { text: string; lang: Lang | undefined }

/**
 * A text for a bilingual page: its wording in `lang` (as localizedRun) and, when `lang2` is given and its wording
 * differs from the first, the second language's wording — the one rule for "the other language, when it differs"
 * that every printed layout follows. `second` is undefined for a monolingual export or when both read the same.
 */
export function inBoth(text: Text, lang: Lang, lang2: Lang | undefined): { first: Wording; second: Wording | undefined } {
  const first = localizedRun(text, lang);
  const other = lang2 !== undefined && lang2 !== lang ? localize(text, lang2) : undefined;
  // Wordings that differ only in surrounding spaces are the same words (as the slides on screen and in the PDF judge).
  return { first, second: other !== undefined && other.trim() !== first.text.trim() ? { text: other, lang: lang2 } : undefined };
}
