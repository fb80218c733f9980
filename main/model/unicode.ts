// What a reader sees of a string, by Unicode's own definitions, so the screen, the PDF (glyphs and text layer), search
// and validate all agree: text is composed (NFC), and default-ignorable characters — soft hyphen, zero-width space,
// joiners, variation selectors, bidi marks, the byte-order mark — are never drawn as glyphs (Unicode 16, §5.21).

/** U+00AD: a place where a word may break; a hyphen shows only where a line actually breaks there. */
export const SOFT_HYPHEN = '\u00AD';

// The Default_Ignorable_Code_Point property, straight from the engine's Unicode tables (not a hand-kept list).
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const IGNORABLES = /\p{Default_Ignorable_Code_Point}/gu;
// Skin-tone modifiers: colour, which a monochrome face cannot show (UTS #51 §2.4).
const MODIFIER = /\p{Emoji_Modifier}/u;

/** True for a code point that is never drawn by itself: U+00AD, U+200B–U+200F, U+2060–U+206F, U+FE00–U+FE0F, … */
export const isIgnorable = (codePoint: number): boolean => IGNORABLE.test(String.fromCodePoint(codePoint));

/** True for an emoji skin-tone modifier (U+1F3FB–U+1F3FF). */
export const isEmojiModifier = (codePoint: number): boolean => MODIFIER.test(String.fromCodePoint(codePoint));

/** Line breaks and tabs are layout, not glyphs; other C0/C1 controls are dropped by every renderer. */
export const isControl = (codePoint: number): boolean => codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);

/** The text in Unicode's composed form (NFC): "é" typed as e + U+0301 becomes one character, as every font expects. */
export const composed = (s: string): string => s.normalize('NFC');

/**
 * What a reader sees of `s`, as characters: composed, default-ignorables removed. Two strings that look the same
 * on the page give the same visible text, so it is what search matches and what fidelity tests compare.
 */
export const visibleText = (s: string): string => composed(s).replace(IGNORABLES, '');

/** Every string inside `value` (an object from YAML), composed (NFC); other values as they were. Does not mutate. */
export function composeStrings<T>(value: T): T {
  if (typeof value === 'string') return composed(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => composeStrings(v)) as T;
  // fromEntries defines own properties, so a hostile `__proto__` key stays a key and never becomes a prototype.
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, composeStrings(v)])) as T;
  return value;
}
