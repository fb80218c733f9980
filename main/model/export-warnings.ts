// Which of a pack's warnings an export must repeat, and where the texts an export cut are in the pack: so `puente
// export` and the Export dialog tell what `puente validate` tells, for exactly the layout, language and topics chosen.
import { notesPrinted, type ExportOptionsInput } from './export-options';
import { parsePath, valueAt, type Problem } from './problems';
import { LANGS, type Briefing, type Lang } from './schema';

/** A place in the pack, e.g. `['topics', 1, 'slides', 2, 'stats', 0, 'label', 'es']`. */
export type FieldPath = (string | number)[];

const LANGUAGE_OF_MESSAGE: Record<Lang, RegExp> = { en: /missing English \(en\) translation/, es: /missing Spanish \(es\) translation/ };

/** The languages an export prints: `both` prints English and Spanish. */
export const exportedLanguages = (lang: ExportOptionsInput['lang']): Lang[] => (lang === 'both' ? [...LANGS] : [lang]);

/**
 * The load warnings that concern an export: those placed in the exported topics (backup slides only when included),
 * in `meta` or `sources` (the cover and the sources appendix), or the whole file; a missing translation only when
 * that language is printed; a text in one language only when that language is printed, or stands in for a missing
 * translation that is; speaker notes only when the export prints them.
 */
export function warningsForExport(warnings: readonly Problem[], briefing: Briefing, o: ExportOptionsInput): Problem[] {
  const topics = o.topics === undefined ? undefined : new Set(o.topics);
  const printed = exportedLanguages(o.lang);
  const notes = notesPrinted(o);
  return warnings.filter((w) => {
    for (const l of LANGS) if (LANGUAGE_OF_MESSAGE[l].test(w.message) && !printed.includes(l)) return false;
    const path = parsePath(w.path);
    if (!notes && path.includes('notes')) return false;
    if (!textPrinted(briefing, path, printed)) return false;
    const m = /^topics\[(\d+)\](?:\.slides\[(\d+)\])?/.exec(w.path);
    if (!m) return true;
    const topic = briefing.topics[Number(m[1])];
    if (!topic) return true;
    if (topics && !topics.has(topic.id)) return false;
    const slide = m[2] === undefined ? undefined : topic.slides[Number(m[2])];
    return !(slide?.backup && o.backup !== 'include');
  });
}

/**
 * Whether the text at `path` prints in `printed` languages: a language's text when that language prints, or when a
 * printed language has no text of its own there (the export falls back to this one). Any other path: yes.
 */
function textPrinted(briefing: Briefing, path: readonly (string | number)[], printed: readonly Lang[]): boolean {
  const lang = path.at(-1);
  if (typeof lang !== 'string' || !(LANGS as readonly string[]).includes(lang) || printed.includes(lang as Lang)) return true;
  const map = valueAt(briefing, path.slice(0, -1));
  if (map === null || typeof map !== 'object') return true;
  const texts = map as Partial<Record<Lang, unknown>>;
  return printed.some((l) => typeof texts[l] !== 'string' || texts[l] === '');
}

/** A text an export printed shortened: cut with "…", or (`leftOut`) left out whole, the page saying how many. */
export interface PrintedCut { text: string; leftOut: boolean }

/** A text an export printed cut or left out, and the field(s) of the pack it came from (none for Puente's own words). */
export interface CutField { path: FieldPath | undefined; text: string; leftOut: boolean }

/**
 * The fields whose text each cut text shows: the field's own wording, in capitals (cover and banner labels), or
 * inside a longer printed text (notes printed together, "English / Spanish" labels). Each field once, in order met.
 */
export function fieldsOfCuts(briefing: Briefing, printed: readonly PrintedCut[]): CutField[] {
  const leaves: { path: FieldPath; text: string }[] = [];
  const walk = (v: unknown, path: FieldPath): void => {
    if (typeof v === 'string') leaves.push({ path, text: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(briefing, []);
  const out: CutField[] = [];
  const seen = new Set<string>();
  for (const { text: cut, leftOut } of printed) {
    const upper = cut.toUpperCase();
    const matches = leaves.filter((l) => l.text.trim() !== '' && (cut === l.text || upper === l.text.toUpperCase() || (l.text.length >= 12 && upper.includes(l.text.toUpperCase()))));
    if (matches.length === 0) {
      out.push({ path: undefined, text: cut, leftOut });
      continue;
    }
    for (const m of matches) {
      const key = JSON.stringify(m.path);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ path: m.path, text: m.text, leftOut });
    }
  }
  return out;
}
