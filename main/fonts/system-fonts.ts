// Finds fonts installed on this computer that draw characters no bundled face has (Chinese, Japanese, Korean and
// other scripts a briefing may quote). The font files are listed by get-system-fonts (the platforms' font folders);
// likely candidates are opened first, and only until every wanted character is covered.
import { basename } from 'node:path';
import { openSync, type Font } from 'fontkit';
import getSystemFonts from 'get-system-fonts';
import type { Face } from './faces';

/** Families that cover many scripts or CJK, as laptops ship them (Windows, macOS, Linux), tried before the rest. */
const LIKELY = /noto.?sans.?cjk|source.?han.?sans|msyh|yahei|yugoth|meiryo|malgun|simsun|simhei|pingfang|hiragino|applesdgothic|heiti|songti|wqy|droidsansfallback|arialuni|segoeui/i;
/** Heavier or lighter weights are a poor match for running text; regular comes first. */
const OFF_WEIGHT = /bold|black|heavy|light|thin|medium|semi|demi|italic|oblique/i;
/** Formats fontkit reads and pdfkit can embed. */
const EMBEDDABLE = /\.(ttf|otf|ttc|otc)$/i;
/** A bound on the work of one look-up: past this many files, the characters stay undrawable (and are warned about). */
const MAX_FILES = 600;

function rank(file: string): number {
  const name = basename(file);
  return (LIKELY.test(name) ? 0 : 2) + (OFF_WEIGHT.test(name) ? 1 : 0);
}

type Collection = { fonts: Font[] };
const isCollection = (x: unknown): x is Collection => typeof x === 'object' && x !== null && Array.isArray((x as Collection).fonts);

/** The fonts inside a file (one, or each of a collection); none when it cannot be read. */
function fontsIn(file: string): { font: Font; postscriptName?: string }[] {
  try {
    const opened: unknown = openSync(file);
    if (isCollection(opened)) return opened.fonts.map((font) => ({ font, postscriptName: font.postscriptName }));
    return [{ font: opened as Font }];
  } catch {
    return [];
  }
}

/**
 * System faces that together draw as many of `wanted` as the computer can, likeliest first. `open` is the chain's
 * cache, so a face chosen here is parsed once. Never throws: an unreadable folder or file is skipped.
 */
export async function findSystemFaces(wanted: ReadonlySet<number>, open: (face: Face) => Font | null): Promise<Face[]> {
  const files = await getSystemFonts().catch(() => [] as string[]);
  const candidates = files.filter((f) => EMBEDDABLE.test(f)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const missing = new Set(wanted);
  const found: Face[] = [];
  for (const file of candidates.slice(0, MAX_FILES)) {
    if (missing.size === 0) break;
    for (const { font, postscriptName } of fontsIn(file)) {
      const covers = [...missing].filter((cp) => font.hasGlyphForCodePoint(cp));
      if (covers.length === 0) continue;
      const face: Face = { name: `system-${font.postscriptName || basename(file)}`, file, postscriptName };
      if (open(face) === null) continue;
      found.push(face);
      for (const cp of covers) missing.delete(cp);
      if (missing.size === 0) break;
    }
  }
  return found;
}
