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
