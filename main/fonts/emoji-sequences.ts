// Emoji that are sequences of code points — flags, subdivision flags, keycaps, ZWJ sequences — are one picture only
// in a font with a picture (a ligature) for the whole sequence. Puente draws emoji with Symbola (main/fonts/chain.ts),
// which is monochrome and has none: each piece is drawn on its own, so a flag prints as two boxed letters and a
// "firefighter" as a woman beside a fire engine; a skin tone is not drawn at all (main/pdf/text-pipeline.ts drops it, as a
// lone square would be worse). These are found here, with what prints instead, so a pack is told.

/** The kinds of sequence, each printed differently. */
export type SequenceKind = 'flag' | 'subdivision-flag' | 'keycap' | 'zwj' | 'skin-tone';

/** One emoji sequence in a text, and what prints in its place. */
export interface EmojiSequence {
  kind: SequenceKind;
  /** The sequence as written. */
  text: string;
  /** Where it starts in the text, in UTF-16 code units (a JavaScript string index). */
  index: number;
  /** What a reader sees printed instead, as a phrase: "the letters M X". */
  prints: string;
}

const RI_FIRST = 0x1f1e6; // REGIONAL INDICATOR SYMBOL LETTER A
const TAG_BASE = 0xe0000; // a tag character is its ASCII letter plus this
const BLACK_FLAG = '\u{1F3F4}';
const KEYCAP = '\u20E3';

/** One picture with what may follow it: a variation selector, a skin tone. */
const PICTURE = String.raw`\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])*`;
const SEQUENCE = new RegExp(
  [
    String.raw`(?<tag>\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})`,
    String.raw`(?<zwj>${PICTURE}(?:\u200D${PICTURE})+)`,
    // Two regional indicators make a flag; a lone one (a flag cut in half) prints as its letter as well.
    String.raw`(?<flag>[\u{1F1E6}-\u{1F1FF}]{1,2})`,
    String.raw`(?<keycap>[0-9#*]\uFE0F?\u20E3)`,
    // A picture with a skin tone (outside a ZWJ sequence, taken above), or a skin tone on its own.
    String.raw`(?<tone>(?:\p{Extended_Pictographic}\uFE0F?)?[\u{1F3FB}-\u{1F3FF}]+)`,
  ].join('|'),
  'gu',
);

const TONES = /[\u{1F3FB}-\u{1F3FF}]/gu;

const letterOf = (ri: string): string => String.fromCharCode(0x41 + (ri.codePointAt(0) as number) - RI_FIRST);

/** The pictures of a ZWJ sequence as they print: each on its own, without the joiners, selectors and skin tones. */
const picturesOf = (zwj: string): string[] =>
  zwj.split('\u200D').map((p) => [...p].filter((c) => /\p{Extended_Pictographic}/u.test(c)).join(''));

/** The region a subdivision flag's tags spell, e.g. "GB-SCT" for Scotland's. */
function regionOf(tag: string): string {
  const letters = [...tag.slice(BLACK_FLAG.length, -2)].map((c) => String.fromCharCode((c.codePointAt(0) as number) - TAG_BASE)).join('');
  return `${letters.slice(0, 2)}-${letters.slice(2)}`.toUpperCase();
}

function describe(kind: SequenceKind, text: string): string {
  switch (kind) {
    case 'flag': {
      const letters = [...text].map(letterOf);
      return letters.length === 1 ? `the letter ${letters[0]}` : `the letters ${letters.join(' ')}`;
    }
    case 'subdivision-flag':
      return `a plain black flag ${BLACK_FLAG} (the flag of ${regionOf(text)} is not drawn)`;
    case 'keycap':
      return `"${text[0]}" beside an empty keycap frame, not a key`;
    case 'zwj':
      return `${picturesOf(text).length} separate pictures, ${picturesOf(text).join(' ')}`;
    case 'skin-tone': {
      const bare = text.replace(TONES, '');
      return bare === '' ? 'nothing (a skin tone alone is not drawn)' : `${bare} without its skin tone`;
    }
  }
}

/** Every emoji sequence in `text` that Puente's monochrome emoji font draws as something else, in order. */
export function emojiSequences(text: string): EmojiSequence[] {
  const out: EmojiSequence[] = [];
  for (const m of text.matchAll(SEQUENCE)) {
    const g = m.groups ?? {};
    const kind: SequenceKind = g['tag'] ? 'subdivision-flag' : g['zwj'] ? 'zwj' : g['flag'] ? 'flag' : g['tone'] ? 'skin-tone' : 'keycap';
    out.push({ kind, text: m[0], index: m.index ?? 0, prints: describe(kind, m[0]) });
  }
  return out;
}

/** A sentence for the warning: what the sequence is and what prints instead. */
export function sequenceWarning(s: EmojiSequence): string {
  const what =
    s.kind === 'flag' ? ([...s.text].length === 1 ? `the half flag ${s.text}` : `the flag ${s.text}`)
    : s.kind === 'subdivision-flag' ? `the flag ${s.text}`
    : s.kind === 'keycap' ? `the keycap ${s.text}`
    : `the emoji ${s.text}`;
  const fix = s.kind === 'flag' || s.kind === 'subdivision-flag' ? `write the ${s.kind === 'flag' ? 'country' : 'place'}'s name instead`
    : s.kind === 'skin-tone' ? 'leave the skin tone out, or write it in words'
    : 'write it in words, or use a single emoji';
  const why = s.kind === 'skin-tone' ? 'draws in one ink, without skin tones' : 'draws in one ink and has no picture for the whole sequence';
  return `${what} prints as ${s.prints}: Puente's emoji font ${why}; ${fix}`;
}
