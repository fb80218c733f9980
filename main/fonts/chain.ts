// Decides which face draws each character: the primary face when it has the glyph, else the first fallback that does
// (bundled first, then fonts installed on this computer). One rule for the PDF, its measuring and `puente validate`.
import { openSync, type Font } from 'fontkit';
import { isControl, isEmojiModifier, isIgnorable } from '../model/unicode';
import { bundledFallbacks, fontFile, type Face, type FontFace } from './faces';
import { findSystemFaces } from './system-fonts';

const opened = new Map<string, Font | null>();

/** The fontkit font of a face, parsed once per process; null when the file cannot be read. */
export function openFace(face: Face): Font | null {
  const key = `${face.file}#${face.postscriptName ?? ''}`;
  let font = opened.get(key);
  if (font === undefined) {
    try {
      font = openSync(face.file, face.postscriptName) as Font;
    } catch {
      font = null;
    }
    opened.set(key, font);
  }
  return font;
}

/** Faces found on this computer for characters no bundled face has, in the order found (grows, never shrinks). */
const systemFaces: Face[] = [];
/** Characters already looked for on this computer, found or not, so each is looked for once per process. */
const lookedFor = new Set<number>();

/** True when a character needs no glyph of its own: controls, white space, default-ignorables, skin-tone modifiers. */
export const needsNoGlyph = (cp: number): boolean => isControl(cp) || isIgnorable(cp) || isEmojiModifier(cp) || cp === 0x20;

const hasGlyph = (face: Face, cp: number): boolean => openFace(face)?.hasGlyphForCodePoint(cp) ?? false;

/** The face chosen per primary face and character; cleared when a system face is found (a new choice may exist). */
const chosen = new Map<FontFace, Map<number, Face | null>>();
let chosenWith = 0;

/**
 * The face that draws `cp` in text set in `primary`: the primary itself when it has the glyph, otherwise the first
 * fallback that has one; undefined when no face known to this process does (the PDF would show an empty box).
 */
export function faceFor(primary: FontFace, cp: number): Face | undefined {
  // Asked for every character drawn or measured: a lookup by number, no key string built.
  if (chosenWith !== systemFaces.length) {
    chosen.clear();
    chosenWith = systemFaces.length;
  }
  let byChar = chosen.get(primary);
  if (byChar === undefined) chosen.set(primary, (byChar = new Map()));
  let face = byChar.get(cp);
  if (face === undefined) {
    const own: Face = { name: primary, file: fontFile(primary) };
    face = [own, ...bundledFallbacks(primary), ...systemFaces].find((f) => hasGlyph(f, cp)) ?? null;
    byChar.set(cp, face);
  }
  return face ?? undefined;
}

/** The distinct characters of `s` that no known face can draw, in order of first appearance. */
export function undrawable(s: string, primary: FontFace = 'SourceSans3-Regular'): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (!needsNoGlyph(cp) && !out.includes(cp) && faceFor(primary, cp) === undefined) out.push(cp);
  }
  return out;
}

/**
 * Looks on this computer for fonts that draw the characters of `strings` no bundled face has (CJK, most often), and
 * remembers them for this process so faceFor uses them. Reads system fonts only when such a character occurs.
 */
export async function findFacesFor(strings: Iterable<string>): Promise<void> {
  const wanted = new Set<number>();
  for (const s of strings) {
    // Unassigned and private-use code points are in no font a computer ships: not worth reading its fonts for.
    for (const cp of undrawable(s)) if (!lookedFor.has(cp) && !NO_FONT_HAS.test(String.fromCodePoint(cp))) wanted.add(cp);
  }
  if (wanted.size === 0) return;
  for (const cp of wanted) lookedFor.add(cp);
  for (const face of await findSystemFaces(wanted, openFace)) {
    if (!systemFaces.some((f) => f.file === face.file && f.postscriptName === face.postscriptName)) systemFaces.push(face);
  }
}

const NO_FONT_HAS = /[\p{Cn}\p{Co}\p{Cs}]/u;

/** The system faces found so far (for registering with a PDF document). */
export const foundSystemFaces = (): readonly Face[] => systemFaces;

/** What this process has learnt about the computer's fonts, as plain data (for an export worker thread). */
export interface FontLookup { faces: Face[]; lookedFor: number[] }

export const fontLookup = (): FontLookup => ({ faces: [...systemFaces], lookedFor: [...lookedFor] });

/** Takes over what another thread learnt, so a worker never reads the computer's fonts again. */
export function adoptFontLookup(l: FontLookup): void {
  for (const face of l.faces) if (!systemFaces.some((f) => f.file === face.file && f.postscriptName === face.postscriptName)) systemFaces.push(face);
  for (const cp of l.lookedFor) lookedFor.add(cp);
}
