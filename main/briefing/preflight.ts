// Pre-flight warnings: characters no font can draw (a PDF would show an empty box) and missing translations.
import { LANGS, type Lang } from '../model/schema';
import { needsNoGlyph } from '../fonts/chain';
import { emojiSequences, sequenceWarning } from '../fonts/emoji-sequences';
import type { Problem } from '../model/problems';
import { asArray, asRecord, type Path } from './walk';

/** Makes a warning placed at a document path — at `written` inside its value, when given and written there as is. */
export type WarningAt = (path: Path, message: string, written?: string) => Problem;

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Spanish' };

/** Fields that hold ids, paths or settings rather than text a reader sees. */
const NOT_TEXT = new Set(['id', 'layout', 'image', 'sources', 'source', 'color', 'kind', 'languages', 'puente']);

const isLang = (k: string): k is Lang => (LANGS as readonly string[]).includes(k);

/** A map by language, like `{en: …, es: …}`. */
function isTextMap(v: unknown): v is Partial<Record<Lang, unknown>> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every(isLang);
}

/** Calls `visit` for every reader-visible string and every language map, with its path. */
function walkText(
  value: unknown,
  path: Path,
  visit: { text(s: string, path: Path): void; map(m: Partial<Record<Lang, unknown>>, path: Path): void },
): void {
  if (typeof value === 'string') visit.text(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkText(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    if (isTextMap(value)) visit.map(value, path);
    // A slide's `sources` are ids; the pack's own `sources` list holds the titles and publishers the PDF prints.
    for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k) || (k === 'sources' && path.length === 0)) walkText(v, [...path, k], visit);
  }
}

const codePointLabel = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The languages the pack offers (meta.languages, default English), ignoring ones Puente does not know. */
export function offeredLanguages(data: unknown): Lang[] {
  const raw = asRecord(asRecord(data)['meta'])['languages'];
  if (raw === undefined) return ['en'];
  return asArray(raw).filter((l): l is Lang => typeof l === 'string' && isLang(l));
}

/** Every reader-visible string of a parsed pack (for looking up fonts before the check). */
export function readerText(data: unknown): string[] {
  const out: string[] = [];
  walkText(data, [], { text: (s) => void out.push(s), map: () => undefined });
  return out;
}

/** The id of the slide a path lies in (`topics[i].slides[j]…`), if it is one. */
function slideIdAt(data: unknown, path: Path): string | undefined {
  if (path[0] !== 'topics' || path[2] !== 'slides') return undefined;
  const topic = asRecord(asArray(asRecord(data)['topics'])[path[1] as number]);
  const id = asRecord(asArray(topic['slides'])[path[3] as number])['id'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * One warning per distinct undrawable character per string, one per distinct emoji sequence per string that prints
 * as something else (a flag as two letters: main/fonts/emoji-sequences.ts, naming the slide), and one per language
 * map missing an offered language.
 * `canDraw` answers for the whole fallback chain (main/fonts/chain.ts); characters that are never drawn (controls,
 * default-ignorables such as the soft hyphen and joiners, skin-tone modifiers) are not asked about.
 */
export function preflight(data: unknown, canDraw: (codePoint: number) => boolean, warningAt: WarningAt): Problem[] {
  const languages = offeredLanguages(data);
  const out: Problem[] = [];
  walkText(data, [], {
    text(s, path) {
      const seen = new Set<number>();
      for (const ch of s) {
        const cp = ch.codePointAt(0) as number;
        if (needsNoGlyph(cp) || seen.has(cp) || canDraw(cp)) continue;
        seen.add(cp);
        out.push(warningAt(path, `no font can draw "${ch}" (${codePointLabel(cp)}), neither Puente's nor one installed on this computer; it would show as an empty box`, ch));
      }
      const sequences = new Set<string>();
      for (const seq of emojiSequences(s)) {
        if (sequences.has(seq.text)) continue;
        sequences.add(seq.text);
        const slide = slideIdAt(data, path);
        out.push(warningAt(path, `${slide === undefined ? '' : `slide "${slide}": `}${sequenceWarning(seq)}`, seq.text));
      }
    },
    map(m, path) {
      for (const lang of languages) {
        if (m[lang] === undefined) out.push(warningAt(path, `missing ${LANGUAGE_NAMES[lang]} (${lang}) translation`));
      }
    },
  });
  return out;
}
