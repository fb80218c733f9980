// Slide text as PowerPoint text runs: the export's language, and in a bilingual deck the other language beneath it,
// smaller and muted as on screen — each run tagged with its language so spelling and screen readers follow it.
import type PptxGenJS from 'pptxgenjs';
import type { Lang, Text } from '../model/schema';
import { hasLanguage, localize } from '../model/text';

/** The language tags PowerPoint stores on each run (`a:rPr lang`). */
export const LANG_TAG: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };

/** The languages a deck shows: `lang`, and `lang2` beneath it in a bilingual deck. */
export interface DeckLangs { lang: Lang; lang2?: Lang | undefined }

export interface RunStyle {
  /** Points. */
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  /** Paragraph options for the first run (bullet, indent, alignment). */
  paragraph?: PptxGenJS.TextPropsOptions;
}

/** The bundled family the deck names; a machine without it substitutes (see README, "PowerPoint"). */
export const FONT_FACE = 'Source Sans 3';

// XML 1.0 forbids most control characters; a pack may hold one (a pasted form feed). Tabs and line breaks stay.
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** The wording to add beneath `text` in `lang2`, or null when it would only repeat the primary (as on screen). */
export function secondaryOf(text: Text | undefined, l: DeckLangs): string | null {
  if (text === undefined || !l.lang2 || l.lang2 === l.lang) return null;
  if (typeof text === 'string' || !hasLanguage(text, l.lang2)) return null;
  const other = localize(text, l.lang2);
  return other.trim() === localize(text, l.lang).trim() ? null : other;
}

/** The language a text is really shown in: its own wording in `lang`, else the one it falls back to. */
function shownIn(text: Text, lang: Lang): Lang {
  if (typeof text === 'string' || hasLanguage(text, lang)) return lang;
  return text.en !== undefined ? 'en' : 'es';
}

/**
 * One paragraph: `text` in the deck's language, and in a bilingual deck its translation on a new line (a soft
 * break, so a bullet shows once) at 80 % size, italic and `muted`. Empty when `text` is undefined.
 */
export function textRuns(text: Text | undefined, l: DeckLangs, style: RunStyle, muted: string): PptxGenJS.TextProps[] {
  if (text === undefined) return [];
  const base: PptxGenJS.TextPropsOptions = { fontFace: FONT_FACE, fontSize: style.size, color: style.color, bold: style.bold ?? false, italic: style.italic ?? false };
  const runs: PptxGenJS.TextProps[] = [{ text: clean(localize(text, l.lang)), options: { ...style.paragraph, ...base, lang: LANG_TAG[shownIn(text, l.lang)] } }];
  const second = secondaryOf(text, l);
  if (second !== null && l.lang2) {
    runs.push({
      text: clean(second),
      options: { ...base, fontSize: Math.max(8, Math.round(style.size * 0.8)), italic: true, bold: false, color: muted, lang: LANG_TAG[l.lang2], softBreakBefore: true },
    });
  }
  return runs;
}

/** Paragraphs in one text box: every paragraph but the last ends with a break. */
export function paragraphs(parts: PptxGenJS.TextProps[][]): PptxGenJS.TextProps[] {
  const kept = parts.filter((p) => p.length > 0);
  return kept.flatMap((p, i) => {
    if (i === kept.length - 1) return p;
    const last = p.length - 1;
    return p.map((r, j) => (j === last ? { ...r, options: { ...r.options, breakLine: true } } : r));
  });
}

/** Plain text (a source line, the notes) without the characters XML forbids. */
export const plain = clean;
