// Spec (issue 13): an emoji made of several code points — a flag, a subdivision flag, a keycap, a ZWJ sequence —
// prints as something else with Puente's monochrome emoji font, and the pack is told what prints instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { emojiSequences, sequenceWarning } from '../../../main/fonts/emoji-sequences';
import { faceFor, needsNoGlyph, openFace } from '../../../main/fonts/chain';
import { visibleText } from '../../../main/model/unicode';
import { FONT } from '../../../main/fonts/faces';
import { loadBriefing } from '../../../main/briefing/load';
import { warningsForExport } from '../../../main/model/export-warnings';
import { appRoot } from '../../../main/paths';

const MEMBERS: [string, string, string][] = [
  // [sequence, kind, what prints]
  ['🇲🇽', 'flag', 'the letters M X'],
  ['🇺🇸', 'flag', 'the letters U S'],
  ['🇪🇸', 'flag', 'the letters E S'],
  ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'subdivision-flag', 'a plain black flag 🏴 (the flag of GB-SCT is not drawn)'],
  ['🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'subdivision-flag', 'a plain black flag 🏴 (the flag of GB-WLS is not drawn)'],
  ['1️⃣', 'keycap', '"1" beside an empty keycap frame, not a key'],
  ['#⃣', 'keycap', '"#" beside an empty keycap frame, not a key'],
  ['👩‍🚒', 'zwj', '2 separate pictures, 👩 🚒'],
  ['👩🏽‍🚒', 'zwj', '2 separate pictures, 👩 🚒'],
  ['👨‍👩‍👧', 'zwj', '3 separate pictures, 👨 👩 👧'],
  ['🏳️‍🌈', 'zwj', '2 separate pictures, 🏳 🌈'],
  ['🐻‍❄️', 'zwj', '2 separate pictures, 🐻 ❄'],
];

// A skin tone is not drawn (one ink): the picture prints without it, and a tone alone prints nothing.
const TONED: [string, string, string][] = [
  ['👍🏽', 'skin-tone', '👍 without its skin tone'],
  ['👋🏿', 'skin-tone', '👋 without its skin tone'],
  ['✌️🏻', 'skin-tone', '✌️ without its skin tone'],
  ['🏽', 'skin-tone', 'nothing (a skin tone alone is not drawn)'],
];

test.each([...MEMBERS, ...TONED])('%s is a %s sequence that prints as %s', (text, kind, prints) => {
  const found = emojiSequences(`Before ${text} after`);
  expect(found).toEqual([{ kind, text, index: 7, prints }]);
  expect(sequenceWarning(found[0]!)).toContain(`prints as ${prints}`);
});

test('emoji of one code point, with a variation selector, and text joined by a ZWJ are not sequences', () => {
  for (const s of ['🔟', '✅', '⚠️', '🚁', '🏳️', '🏴', '👍', 'A\u200DB', '#1 * 2', 'Mexico']) expect(emojiSequences(s), s).toEqual([]);
});

test('several sequences in one text are each found, in order, with their index', () => {
  const text = 'US 🇺🇸 and MX 🇲🇽: crews 👩‍🚒';
  expect(emojiSequences(text).map((s) => [s.text, text.indexOf(s.text) === s.index])).toEqual([['🇺🇸', true], ['🇲🇽', true], ['👩‍🚒', true]]);
});

// The warning must be true: what is drawn of the sequence (joiners, selectors, tags and skin tones are not) lays out in
// the face the chain picks as one glyph per piece — no ligature makes it one picture.
test.each(MEMBERS)('the font that draws %s has no single picture for it', (text, kind) => {
  const drawn = [...visibleText(text)].filter((c) => !needsNoGlyph(c.codePointAt(0)!)).join('');
  // A subdivision flag's tags are not drawn: what is left is the plain black flag.
  if (kind === 'subdivision-flag') return expect(drawn).toBe('\u{1F3F4}');
  const face = faceFor(FONT.regular, [...drawn].at(-1)!.codePointAt(0)!);
  expect(face?.name).toBe('Symbola');
  const glyphs = openFace(face!)!.layout(drawn).glyphs;
  expect(glyphs.length, `${text} in ${face!.name}`).toBe([...drawn].length);
  expect(glyphs.length).toBeGreaterThan(1);
  expect(glyphs.every((g) => g.id !== 0), 'every piece has a glyph of its own').toBe(true);
});

const PACK = join(appRoot(), 'tests', 'fixtures', 'fidelity', 'emoji-sequences');

test('validate places each sequence where it is written, names the slide and what prints; an export repeats them', async () => {
  const loaded = await loadBriefing(PACK);
  expect(loaded.status).toBe('loaded');
  if (loaded.status !== 'loaded') return;
  const messages = loaded.warnings.map((w) => `${w.line}:${w.col} ${w.path}: ${w.message}`);
  expect(messages).toEqual(expect.arrayContaining([
    expect.stringMatching(/^12:32 topics\[0\]\.slides\[0\]\.title\.en: slide "flags": the flag 🇲🇽 prints as the letters M X:/),
    expect.stringMatching(/^12:61 topics\[0\]\.slides\[0\]\.title\.es: slide "flags": the flag 🇺🇸 prints as the letters U S:/),
    expect.stringMatching(/^14:43 topics\[0\]\.slides\[0\]\.bullets\[0\]\.en: slide "flags": the flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿 prints as a plain black flag/),
    expect.stringMatching(/^15:25 .*: slide "flags": the keycap 1️⃣ prints as "1" beside an empty keycap frame/),
    expect.stringMatching(/^16:45 .*: slide "flags": the emoji 👨‍👩‍👧 prints as 3 separate pictures, 👨 👩 👧/),
  ]));
  // 2 flags + 1 subdivision flag + 2 keycaps + 2 ZWJ sequences, in each of two languages; nothing for "drawn whole".
  expect(loaded.warnings).toHaveLength(14);
  expect(loaded.warnings.filter((w) => w.path.includes('bullets[3]'))).toEqual([]);
  // An export repeats those in the languages it prints: English alone, 7; both languages, all 14.
  expect(warningsForExport(loaded.warnings, loaded.briefing, { layout: 'slides', lang: 'en' })).toHaveLength(7);
  expect(warningsForExport(loaded.warnings, loaded.briefing, { layout: 'slides', lang: 'both' })).toHaveLength(14);
});

test('puente export --strict refuses a pack with a flag, and writes nothing', () => {
  const out = join(PACK, 'never-written.pdf');
  const r = spawnSync('node', [join(appRoot(), 'bin/puente.cjs'), 'export', PACK, '--out', out, '--strict'], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/briefing\.yaml:12:32 topics\[0\]\.slides\[0\]\.title\.en: warning: slide "flags": the flag 🇲🇽 prints as the letters M X/);
  expect(r.stderr).toMatch(/Not exported \(--strict\): 7 warning\(s\)/); // English: the Spanish texts do not print
  expect(spawnSync('test', ['-e', out]).status).not.toBe(0);
});

/** Loads a one-topic pack whose slides are the given YAML lines (line 7 onward), as written. */
async function loadSlides(...slides: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'puente-seq-'));
  const head = ['puente: 1', 'meta: { title: T, organization: O }', 'topics:', '  - id: a', '    title: A', '    slides:'];
  writeFileSync(join(dir, 'briefing.yaml'), [...head, ...slides.map((s) => `      - ${s}`), ''].join('\n'));
  return loadBriefing(dir);
}

test('a sequence written as escapes is placed at the start of its text; one written as is, where it stands', async () => {
  const loaded = await loadSlides('{ id: esc, layout: title, title: "Flag \\U0001F1F2\\U0001F1FD" }', '{ id: raw, layout: title, title: "Flag 🇲🇽" }');
  expect(loaded.status).toBe('loaded');
  // The escaped title's text starts at its quote, column 42; the raw flag stands at column 48 (after "Flag ").
  expect(loaded.status === 'loaded' && loaded.warnings.map((w) => `${w.line}:${w.col} ${w.message.slice(0, 44)}`)).toEqual([
    '7:42 slide "esc": the flag 🇲🇽 prints as the let',
    '8:48 slide "raw": the flag 🇲🇽 prints as the let',
  ]);
});

test('a skin tone that is not printed is a placed warning naming the slide and what prints', async () => {
  const loaded = await loadSlides('{ id: thanks, layout: bullets, title: Thanks, bullets: ["Well done 👍🏽 all"] }');
  expect(loaded.status === 'loaded' && loaded.warnings.map((w) => `${w.line}:${w.col} ${w.path}: ${w.message}`)).toEqual([
    expect.stringMatching(/^7:76 topics\[0\]\.slides\[0\]\.bullets\[0\]: slide "thanks": the emoji 👍🏽 prints as 👍 without its skin tone: .*leave the skin tone out/),
  ]);
});
