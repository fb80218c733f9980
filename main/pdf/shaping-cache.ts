// Makes a repeated export skip text shaping: the glyphs and positions fontkit computed for each word, in each font,
// are kept on disk between runs. Shaping was over a quarter of a whole-process `puente export` (issue 14), and a
// briefing's words change little from one export to the next.
// The cache is one JSON file in a folder the caller names (the CLI: beside its bundle and V8 code cache). Its name
// carries a version made of the cache format and the Puente, fontkit and pdfkit versions, and each font's entries are filed
// under a hash of the font file's bytes, so a new library or a changed font never reads an old result. A missing,
// corrupt or unwritable cache is ignored: shaping is then simply done again. Writes go to a temp file renamed into
// place, so a reader never sees half a file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../paths';

/** A glyph as pdfkit and the text pipeline read it: id, advance in font units, the characters it draws. */
export interface CachedGlyph { id: number; advanceWidth: number; codePoints: number[] }
/** A glyph's position as pdfkit's layoutRun leaves it: scaled to 1000 units per em. */
export interface CachedPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
/** One shaped word: what pdfkit's EmbeddedFont#layoutRun returns, as plain data. */
export interface CachedRun { glyphs: CachedGlyph[]; positions: CachedPosition[]; advanceWidth: number }

/**
 * The words of one font, as stored: word → one string, "glyphs|positions", each glyph "id,advance,codePoint…" and
 * each position its 5 numbers, separated by ";". One string per word rather than nested arrays: the file is read by
 * every run, and parsing a few thousand strings (each decoded only when its word is drawn) took a quarter of the
 * time of parsing the same numbers as arrays, with less garbage (issue 14).
 */
type StoredRun = string;
type StoredFile = { format: number; fonts: Record<string, Record<string, StoredRun>> };

/** Bumped whenever what is stored, or how the text pipeline shapes, changes. */
const FORMAT = 2;
/** Bound on the file (about 4 MB, read by every run): past this many words in all fonts, the cache starts again. */
const MAX_WORDS = 40_000;

/** The shaping cache of one font: words shaped in earlier runs, and a place to put this run's. */
export interface FontShapes {
  get(word: string): CachedRun | undefined;
  set(word: string, run: CachedRun): void;
}

interface OpenCache { file: string; stored: StoredFile; added: number; words: number }

let cache: OpenCache | undefined;

/** Puente's version and those of the libraries whose output is cached, or undefined when they cannot be read. */
function libraryVersions(): string | undefined {
  try {
    const version = (dir: string): string => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const root = appRoot();
    return `puente@${version(root)},fontkit@${version(join(root, 'node_modules', 'fontkit'))},pdfkit@${version(join(root, 'node_modules', 'pdfkit'))}`;
  } catch {
    return undefined;
  }
}

/** The cache file's name in `dir` for these library versions. */
export function shapingCacheFile(dir: string, versions = libraryVersions()): string | undefined {
  if (versions === undefined) return undefined;
  const tag = createHash('sha256').update(`${FORMAT}|${versions}`).digest('hex').slice(0, 16);
  return join(dir, `shaping-${tag}.json`);
}

const isStored = (x: unknown): x is StoredFile =>
  typeof x === 'object' && x !== null && (x as StoredFile).format === FORMAT && typeof (x as StoredFile).fonts === 'object' && (x as StoredFile).fonts !== null;

/**
 * Turns the cache on for this process, kept in `dir` (created if missing). Never throws: an unreadable or corrupt
 * file is an empty cache. Calling it again with another folder switches to that folder's cache.
 */
export function openShapingCache(dir: string, versions?: string): void {
  const file = shapingCacheFile(dir, versions ?? libraryVersions());
  if (file === undefined) {
    cache = undefined;
    return;
  }
  let stored: StoredFile = { format: FORMAT, fonts: {} };
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isStored(parsed)) stored = parsed;
  } catch {
    // Missing or corrupt: start empty; the next save replaces it.
  }
  let words = 0;
  for (const font of Object.values(stored.fonts)) words += Object.keys(font).length;
  cache = { file, stored, added: 0, words };
}

/** Turns the cache off for this process (what tests and the app, which opens none, see). */
export function closeShapingCache(): void {
  cache = undefined;
}

// Number → text → number is exact for every finite double (String gives the shortest text that reads back the
// same), except that String(-0) is "0": a negative zero is written as such.
const numberText = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));
const numbersOf = (text: string): number[] => text.split(',').map((t) => (t === '' ? NaN : Number(t)));

/** One run as stored (see StoredRun). */
function store(run: CachedRun): StoredRun {
  const glyphs = run.glyphs.map((g) => [g.id, g.advanceWidth, ...g.codePoints].map(numberText).join(',')).join(';');
  const positions = run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth].map(numberText).join(',')).join(';');
  return `${glyphs}|${positions}`;
}

/** Validates one stored run and rebuilds it; undefined when it is not what this format writes. */
function revive(stored: unknown): CachedRun | undefined {
  if (typeof stored !== 'string') return undefined;
  const parts = stored.split('|');
  if (parts.length !== 2) return undefined;
  const g = parts[0] === '' ? [] : parts[0]!.split(';').map(numbersOf);
  const p = parts[1] === '' ? [] : parts[1]!.split(';').map(numbersOf);
  if (g.length !== p.length) return undefined;
  const glyphs: CachedGlyph[] = [];
  const positions: CachedPosition[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < g.length; i++) {
    const gi = g[i]!;
    const pi = p[i]!;
    if (gi.length < 2 || !gi.every(Number.isFinite)) return undefined;
    if (pi.length !== 5 || !pi.every(Number.isFinite)) return undefined;
    const [id, adv, ...codePoints] = gi;
    const [xAdvance, yAdvance, xOffset, yOffset, pAdv] = pi;
    glyphs.push({ id: id!, advanceWidth: adv!, codePoints });
    positions.push({ xAdvance: xAdvance!, yAdvance: yAdvance!, xOffset: xOffset!, yOffset: yOffset!, advanceWidth: pAdv! });
    // Summed in order, as fontkit's GlyphRun#advanceWidth does, so the width is the same to the last bit.
    advanceWidth += xAdvance!;
  }
  return { glyphs, positions, advanceWidth };
}

/**
 * The cached words of the font whose file bytes are `fontBytes` (for a collection, .ttc, the font of it named
 * `postscriptName`); undefined when the cache is off. Reads and writes only touch memory; saveShapingCache writes.
 */
export function fontShapes(fontBytes: Uint8Array, postscriptName = ''): FontShapes | undefined {
  const open = cache;
  if (!open) return undefined;
  const key = `${createHash('sha256').update(fontBytes).digest('hex')}:${postscriptName}`;
  return {
    get(word) {
      const stored = open.stored.fonts[key]?.[word];
      if (stored === undefined) return undefined;
      const run = revive(stored);
      // A damaged entry is shaped again (and overwritten by set).
      return run;
    },
    set(word, run) {
      if (open.words >= MAX_WORDS) {
        open.stored.fonts = {};
        open.words = 0;
      }
      const font = (open.stored.fonts[key] ??= {});
      if (!(word in font)) open.words++;
      font[word] = store(run);
      open.added++;
    },
  };
}

/**
 * Writes the words shaped in this run to the cache file, atomically (temp file, then rename). Does nothing when the
 * cache is off or nothing new was shaped; never throws (a read-only install runs without a cache).
 */
export function saveShapingCache(): void {
  const open = cache;
  if (!open || open.added === 0) return;
  const temp = `${open.file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(open.file, '..'), { recursive: true });
    writeFileSync(temp, JSON.stringify(open.stored));
    renameSync(temp, open.file);
    open.added = 0;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
  }
}
