// Decides what bilingual mode adds beneath a piece of slide text: the other language's wording, or nothing when
// that would only repeat the primary (a plain string, a missing translation, or the same words in both).
import type { Lang, Text } from '../../main/model/schema';
import { hasLanguage, localize } from '../../main/model/text';

/** The wording to show in `secondary` under `text` shown in `lang`, or null when the slide shows it once. */
export function secondaryLine(text: Text | undefined, lang: Lang, secondary: Lang | null): string | null {
  if (text === undefined || secondary === null || secondary === lang) return null;
  if (typeof text === 'string' || !hasLanguage(text, secondary)) return null;
  const other = localize(text, secondary);
  // A text missing in `lang` falls back to the secondary's wording, so this also catches "shown once".
  return other.trim() === localize(text, lang).trim() ? null : other;
}
