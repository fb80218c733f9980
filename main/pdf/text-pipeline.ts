// Makes pdfkit draw and extract exactly the text the author wrote, for every call that draws or measures text:
// - default-ignorable characters (soft hyphen mid-line, joiners, variation selectors, bidi marks) take no room and are
//   never drawn; a soft hyphen still breaks a line, where pdfkit's line wrapper turns it into a visible "-";
// - each character is drawn with the face the fallback chain picks (main/fonts/chain.ts), measured the same way;
// - right-to-left runs (Hebrew, Arabic) are put in visual order by the Unicode bidirectional algorithm (bidi-js);
// - every glyph's text in the PDF's ToUnicode map is the text it was drawn for: a glyph that several characters share
//   (Source Sans draws U+002D, U+00AD, U+2010 and U+2011 with one) gets a copy per character sequence, so copying or
//   searching the PDF gives back the author's characters whatever order they first appear in.
// It works by wrapping three internals of pdfkit 0.20 (EmbeddedFont#layout/#encode and PDFDocument#_fragment):
// pdfkit is pinned to that version, and tests/unit/pdf/text-pipeline.test.ts reads the results back with poppler.
import bidiFactory from 'bidi-js';
import { faceFor, foundSystemFaces } from '../fonts/chain';
import { isEmojiModifier } from '../model/unicode';
import { fontShapes } from './shaping-cache';
import { bundledFaces, isPrimaryFace, type Face, type FontFace } from '../fonts/faces';

// --- The parts of pdfkit's internals this module touches (pdfkit 0.20.x, js/pdfkit.js). ---
interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
interface Layout { glyphs: Glyph[]; positions: Position[]; advanceWidth: number }
interface EmbeddedFont {
  name: string;
  font: FontkitFont;
  layoutRun(text: string, features?: unknown): Layout;
  /** Every word shaped so far (EmbeddedFont#layoutCached); absent: nothing kept. */
  layoutCache?: Record<string, Layout>;
  ascender: number;
  scale: number;
  unicode: number[][];
  widths: number[];
  subset: { glyphs: number[]; mapping: Record<number, number>; includeGlyph(id: number): number };
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
  encode(text: string, features?: unknown): [string[], Position[]];
  widthOfString(text: string, size: number, features?: unknown): number;
}
interface FragmentOptions {
  align?: string;
  width?: number;
  lineWidth?: number;
  textWidth?: number;
  wordCount?: number;
  characterSpacing?: number;
  baseline?: number | string;
  link?: unknown;
  goTo?: unknown;
  destination?: unknown;
  [k: string]: unknown;
}
interface DocInternals {
  _font: EmbeddedFont | { name?: string };
  _fontSize: number;
  _fontSource: unknown;
  _fontFamily: unknown;
  _registeredFonts: Record<string, unknown>;
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
  font(src: unknown, family?: unknown, size?: unknown): unknown;
  registerFont(name: string, src: string, family?: string): unknown;
}

const isEmbedded = (f: unknown): f is EmbeddedFont => typeof f === 'object' && f !== null && 'subset' in f && 'layout' in f;

// --- Glyphs know their characters; ignorables take no room. ---

/** The parts of a fontkit font touched here. */
interface FontkitFont {
  /** The font file's bytes (fontkit's DecodeStream; for a collection, the whole file). */
  stream: { buffer: Uint8Array };
  postscriptName: string;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  glyphForCodePoint(cp: number): Glyph;
}

/**
 * fontkit caches one Glyph object per glyph id and keeps the characters it was first made for. Where a font draws
 * several characters with one glyph, later ones then pass for the first: after a soft hyphen, every "-" counted as a
 * default-ignorable and was hidden. This gives each request its own characters (the glyph's metrics are shared).
 */
function trueCodePoints(fk: FontkitFont): void {
  const getGlyph = fk.getGlyph.bind(fk);
  fk.getGlyph = (id: number, codePoints: number[] = []): Glyph => {
    const g = getGlyph(id, codePoints);
    const same = g.codePoints.length === codePoints.length && g.codePoints.every((c, i) => c === codePoints[i]);
    return same ? g : (Object.assign(Object.create(g) as Glyph, { codePoints }) as Glyph);
  };
}

/**
 * `run` without the glyphs that draw nothing: fontkit turns each default-ignorable into a space glyph of no width,
 * which pdfkit would still write (extracted as a space: "LOGIS TICS"); unligated skin-tone modifiers are colour.
 */
function dropHidden(run: Layout, spaceId: number): Layout {
  const space = (g: Glyph, p: Position): boolean => g.id === spaceId && p.xAdvance === 0 && p.yAdvance === 0;
  const modifier = (g: Glyph): boolean => g.codePoints.length > 0 && g.codePoints.every(isEmojiModifier);
  if (!run.glyphs.some((g, i) => space(g, run.positions[i]!) || modifier(g))) return run;
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i]!;
    if (space(g, p)) return;
    const prev = glyphs.at(-1);
    if (modifier(g) && prev) {
      // Not drawn, but kept in the text layer on its emoji, so copying gives back "👩🏽" whole.
      glyphs[glyphs.length - 1] = Object.assign(Object.create(prev) as Glyph, { codePoints: [...prev.codePoints, ...g.codePoints] });
      return;
    }
    glyphs.push(g);
    positions.push(p);
  });
  return { glyphs, positions, advanceWidth: positions.reduce((w, p) => w + p.xAdvance, 0) };
}

/**
 * Default-ignorables are taken out before shaping, so they neither draw nor change kerning (a soft hyphen between "S"
 * and "T" left the kerning of "S-" in place). ZWJ and ZWNJ stay: they steer joining in Arabic and emoji sequences,
 * and fontkit hides them after shaping.
 */
const STRIP = /(?![\u200C\u200D])\p{Default_Ignorable_Code_Point}/gu;

/** pdfkit shapes word by word (EmbeddedFont#layoutRun); with the shaping cache on, each word once across runs. */
function cacheWords(font: EmbeddedFont): void {
  // A collection's fonts share its bytes: each is filed under its own name as well.
  const shapes = fontShapes(font.font.stream.buffer, font.font.postscriptName);
  if (!shapes) return;
  const layoutRun = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    if (features) return layoutRun(text, features);
    const hit = shapes.get(text);
    if (hit) return hit;
    const run = layoutRun(text);
    shapes.set(text, run);
    return run;
  };
}

/** Past this many words shaped, a font's word cache starts again (≈ a few MB at most). */
const WORDS_KEPT = 5_000;

/**
 * pdfkit keeps each word it shapes in EmbeddedFont#layoutCache, with no bound: at 5,000 slides its words were a fifth
 * of an export's heap (issue 14). Start the cache again past WORDS_KEPT words: only a word cache miss costs more.
 */
function boundWordCache(font: EmbeddedFont): void {
  const layoutRun = font.layoutRun.bind(font);
  let words = 0;
  font.layoutRun = (text, features) => {
    // pdfkit files the run this returns under the cache it holds after the call: a fresh one if replaced here.
    if (!features && font.layoutCache && ++words > WORDS_KEPT) {
      font.layoutCache = Object.create(null) as Record<string, Layout>;
      words = 1;
    }
    return layoutRun(text, features);
  };
}

function patchFont(font: EmbeddedFont): void {
  trueCodePoints(font.font);
  cacheWords(font);
  boundWordCache(font);
  const spaceId = font.font.glyphForCodePoint(0x20).id;
  const layout = font.layout.bind(font);
  const cache = new Map<string, Layout>();
  font.layout = (text, features, onlyWidth) => {
    if (features) return dropHidden(layout(text.replace(STRIP, ''), features), spaceId);
    let run = cache.get(text);
    if (!run) {
      run = dropHidden(layout(text.replace(STRIP, '')), spaceId);
      if (cache.size > 5_000) cache.clear();
      cache.set(text, run);
    }
    return onlyWidth ? { glyphs: [], positions: [], advanceWidth: run.advanceWidth } : run;
  };
  font.widthOfString = (text, size, features) => (font.layout(text, features, true).advanceWidth * size) / 1000;
  const cids = new Map<string, number>();
  font.encode = (text, features) => {
    const { glyphs, positions } = font.layout(text, features);
    const hex = glyphs.map((g) => {
      const key = `${g.id}:${g.codePoints.join(',')}`;
      let cid = cids.get(key);
      if (cid === undefined) {
        const first = font.subset.mapping[g.id];
        // The glyph's first character sequence keeps pdfkit's CID; any other gets a copy of the glyph.
        cid = first === undefined || font.unicode[first] === undefined ? font.subset.includeGlyph(g.id) : font.subset.glyphs.push(g.id) - 1;
        font.widths[cid] ??= g.advanceWidth * font.scale;
        // Extractors read a right-to-left line glyph by glyph and reverse it, so a ligature's own characters (Arabic
        // lam-alef) are stored in visual order to come back in the author's order.
        font.unicode[cid] ??= g.codePoints.length > 1 && STRONG_RTL.test(String.fromCodePoint(g.codePoints[0]!)) ? [...g.codePoints].reverse() : g.codePoints;
        cids.set(key, cid);
      }
      return `0000${cid.toString(16)}`.slice(-4);
    });
    return [hex, positions];
  };
}

// --- Runs: stretches of a line in one face and one direction. ---

interface Run { text: string; face: string; level: number }

const bidi = bidiFactory();
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDD00-\uDD5F]/;
const ATTACHES = /[\p{M}\p{Default_Ignorable_Code_Point}\p{Emoji_Modifier}]/u;

/**
 * Splits `text` (one line, in logical order) into runs of one face and one bidi level; right-to-left runs are split
 * at spaces, because pdfkit shapes word by word and the words of such a run must be placed right to left.
 */
function runsOf(text: string, primary: FontFace, withLevels: boolean): Run[] {
  const levels = withLevels && STRONG_RTL.test(text) ? bidi.getEmbeddingLevels(text, 'ltr').levels : undefined;
  const runs: Run[] = [];
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    const level = levels?.[i] ?? 0;
    i += ch.length;
    const last = runs.at(-1);
    const space = ch === ' ';
    // Marks, joiners and modifiers stay with the character before them; spaces join any run of their level.
    const face = ATTACHES.test(ch) || space ? last?.face : faceFor(primary, cp)?.name ?? primary;
    const shown = level % 2 === 1 ? (bidi.getMirroredCharacter(ch) ?? ch) : ch;
    const rtlWordBreak = level % 2 === 1 && (space || last?.text.endsWith(' '));
    if (last && (face === undefined || face === last.face) && level === last.level && !rtlWordBreak) last.text += shown;
    else runs.push({ text: shown, face: face ?? primary, level });
  }
  return runs;
}

/** The runs in visual order (rule L2 of the bidirectional algorithm, applied to whole runs). */
function visualOrder(runs: Run[]): Run[] {
  const out = [...runs];
  const highest = Math.max(0, ...out.map((r) => r.level));
  const lowestOdd = Math.min(...out.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < out.length; ) {
      if (out[start]!.level < level) { start++; continue; }
      let end = start;
      while (end < out.length && out[end]!.level >= level) end++;
      out.splice(start, end - start, ...out.slice(start, end).reverse());
      start = end;
    }
  }
  return out;
}

/**
 * Installs the pipeline on `doc`: registers every bundled face and the system faces found so far, and wraps the
 * document so that all text it draws or measures goes through the rules above. Call once, before drawing text.
 */
export function installTextPipeline(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as DocInternals;
  const registered = new Set<string>();
  const register = (f: Face): void => {
    if (registered.has(f.name)) return;
    doc.registerFont(f.name, f.file, f.postscriptName);
    registered.add(f.name);
  };
  for (const f of [...bundledFaces(), ...foundSystemFaces()]) register(f);

  const patched = new WeakSet<EmbeddedFont>();
  const primaryOf = new WeakMap<EmbeddedFont, FontFace>();
  const fonts = new Map<string, EmbeddedFont>();

  /** The pdfkit font of a face, without changing the document's current font. */
  const fontOf = (name: string): EmbeddedFont => {
    let f = fonts.get(name);
    if (!f) {
      const face = foundSystemFaces().find((s) => s.name === name);
      if (face) register(face);
      const saved = { font: doc._font, source: doc._fontSource, family: doc._fontFamily };
      originalFont(name);
      f = doc._font as EmbeddedFont;
      adopt(f, name);
      doc._font = saved.font;
      doc._fontSource = saved.source;
      doc._fontFamily = saved.family;
      fonts.set(name, f);
    }
    return f;
  };

  /** Width of `text` set in `primary`, each run in its own face (what the line wrapper and fitting measure). */
  const chainWidth = (primary: FontFace, own: (t: string, size: number, features?: unknown) => number) => (text: string, size: number, features?: unknown): number => {
    const runs = runsOf(text, primary, false);
    if (runs.length === 1 && runs[0]!.face === primary) return own(text, size, features);
    return runs.reduce((w, r) => w + (r.face === primary ? own(r.text, size, features) : fontOf(r.face).widthOfString(r.text, size, features)), 0);
  };

  const adopt = (font: EmbeddedFont, name: string | undefined): void => {
    if (patched.has(font)) return;
    patched.add(font);
    patchFont(font);
    const primary = name !== undefined && isPrimaryFace(name) ? name : isPrimaryFace(font.name) ? font.name : undefined;
    if (primary) {
      primaryOf.set(font, primary);
      font.widthOfString = chainWidth(primary, font.widthOfString.bind(font));
    }
    fonts.set(name ?? font.name, font);
  };

  const originalFont = doc.font.bind(doc);
  doc.font = function (src: unknown, family?: unknown, size?: unknown) {
    const r = originalFont(src, family, size);
    if (isEmbedded(doc._font)) adopt(doc._font, typeof src === 'string' ? src : undefined);
    return r;
  };
  // The document's default font was opened by its constructor, before this wrapper existed.
  if (isEmbedded(doc._font)) adopt(doc._font, 'SourceSans3-Regular');

  const fragment = doc._fragment.bind(doc);
  doc._fragment = function (text: string, x: number, y: number, options: FragmentOptions) {
    const font = doc._font;
    const primary = isEmbedded(font) ? primaryOf.get(font) : undefined;
    if (!primary || !isEmbedded(font)) return fragment(text, x, y, options);
    const runs = runsOf(text.replace(/\n/g, ''), primary, true);
    if (runs.length <= 1 && (runs[0]?.face ?? primary) === primary && (runs[0]?.level ?? 0) === 0) return fragment(text, x, y, options);
    const size = doc._fontSize;
    const spacing = options.characterSpacing ?? 0;
    const widthOf = (r: Run): number => fontOf(r.face).widthOfString(r.text, size) + spacing * [...r.text].length;
    // Aligned as pdfkit aligns a line (right: without trailing spaces), then drawn run by run from the left.
    let cx = x;
    if (options.width !== undefined && options.lineWidth !== undefined) {
      if (options.align === 'right') cx += options.lineWidth - font.widthOfString(text.replace(/\s+$/, ''), size);
      else if (options.align === 'center') cx += options.lineWidth / 2 - (options.textWidth ?? font.widthOfString(text, size)) / 2;
    }
    // Every run sits on the primary face's baseline, whatever the fallback's own ascender.
    const baseline = -(font.ascender / 1000) * size;
    visualOrder(runs).forEach((r, i) => {
      doc._font = fontOf(r.face);
      const { width: _w, lineWidth: _l, textWidth: _t, wordCount: _c, link, goTo, destination, ...rest } = options;
      fragment(r.text, cx, y, { ...rest, align: 'left', baseline, ...(i === 0 ? { link, goTo, destination } : {}) });
      cx += widthOf(r);
    });
    doc._font = font;
  };
}
