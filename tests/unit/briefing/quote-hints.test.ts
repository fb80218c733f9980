// Spec (issue 10): text YAML misread because it was not in quotes — ": " read as a key, "," ending a value inside
// { } or [ ], a bare number or true/false where text is expected — is reported where it was written, with the
// author's line (inside { } or [ ], the pair or item) written in quotes.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBriefing, parseBriefing } from '../../../main/briefing/load';
import { formatProblem } from '../../../main/model/problems';

const PATH = '/packs/slips/briefing.yaml';

/** A pack whose meta ends with `meta` lines and whose only slide is `slide` (indented as a list item of slides). */
const pack = (meta: string, slide = '      - { id: s1, layout: title, title: A }'): string =>
  `puente: 1\nmeta:\n  title: T\n  organization: O\n${meta}\ntopics:\n  - id: t\n    title: T\n    slides:\n${slide}\n`;

async function errorsOf(yaml: string): Promise<string[]> {
  const r = await parseBriefing(Buffer.from(yaml), PATH);
  if (r.status !== 'invalid') throw new Error(`expected the pack to be invalid, got ${r.status}`);
  return r.errors.map(formatProblem);
}

async function loads(yaml: string): Promise<void> {
  const r = await parseBriefing(Buffer.from(yaml), PATH);
  expect(r.status === 'invalid' ? r.errors.map(formatProblem) : []).toEqual([]);
}

const COLON = 'the text contains ": ", which YAML reads as a key; write it in quotes:';
const COMMA_MAP = 'the text contains ",", which ends a value inside { }; write it in quotes:';
const COMMA_SEQ = 'the text contains ",", which ends an item inside [ ]; write it in quotes:';
const NESTED = 'YAML syntax error: Nested mappings are not allowed in compact mappings';
const IN_FLOW = 'YAML syntax error: Block collections are not allowed within flow collections';

describe('the shared cases', () => {
  const fixtures = resolve(__dirname, '../../fixtures/yaml-slips');

  test('an unquoted colon in a title, in block and in { } style', async () => {
    const r = await loadBriefing(resolve(fixtures, 'unquoted-colon-title.yaml'));
    expect(r.status === 'invalid' && r.errors.map(formatProblem)).toEqual([
      `yaml-slips/unquoted-colon-title.yaml:3:10: ${NESTED} — ${COLON} title: "Phase 2: Recovery"`,
      `yaml-slips/unquoted-colon-title.yaml:9:41: ${IN_FLOW} — ${COLON} title: "Note: read ahead"`,
    ]);
  });

  test('a comma inside { } cuts the title and makes an unknown key of the rest', async () => {
    const r = await loadBriefing(resolve(fixtures, 'comma-in-flow-map.yaml'));
    expect(r.status === 'invalid' && r.errors.map(formatProblem)).toEqual([
      `yaml-slips/comma-in-flow-map.yaml:10:64 topics[0].slides[0].right blue): unknown key "right blue)" — ${COMMA_MAP} title: "CMYK JPEG (left red, right blue)"`,
      `yaml-slips/comma-in-flow-map.yaml:11:78 topics[0].slides[1].right blue): unknown key "right blue)" — ${COMMA_MAP} title: "Progressive JPEG (left red, right blue)"`,
    ]);
  });
});

describe('a colon in a block value', () => {
  test.each([
    ['  subtitle: Phase 2: Recovery', `slips/briefing.yaml:5:13: ${NESTED} — ${COLON} subtitle: "Phase 2: Recovery"`],
    ['  subtitle: Recovery:', `slips/briefing.yaml:5:13: ${NESTED} — ${COLON} subtitle: "Recovery:"`],
    ['  subtitle: Step 1: plan # the first step', `slips/briefing.yaml:5:13: ${NESTED} — ${COLON} subtitle: "Step 1: plan" # the first step`],
    ['  presenter: Col. Ruiz: "El Halcón"', `slips/briefing.yaml:5:14: ${NESTED} — ${COLON} presenter: "Col. Ruiz: \\"El Halcón\\""`],
  ])('%s', async (meta, message) => {
    expect(await errorsOf(pack(meta))).toEqual([message]);
  });

  test('in a slide written in block style, the hint keeps the list dash', async () => {
    const slide = '      - id: s1\n        layout: title\n        title: A\n        notes: Pause here: ask for questions';
    expect(await errorsOf(pack('', slide))).toEqual([`slips/briefing.yaml:13:16: ${NESTED} — ${COLON} notes: "Pause here: ask for questions"`]);
    const first = '      - title: Phase 2: Recovery\n        id: s1\n        layout: title';
    expect(await errorsOf(pack('', first))).toEqual([`slips/briefing.yaml:10:16: ${NESTED} — ${COLON} - title: "Phase 2: Recovery"`]);
  });

  test('a list item that is text with ": " in it is one problem, not an unknown key and a missing language', async () => {
    const slide = '      - id: s1\n        layout: bullets\n        title: A\n        bullets:\n          - Phase 2: Recovery\n          - Lessons: what worked';
    expect(await errorsOf(pack('', slide))).toEqual([
      `slips/briefing.yaml:14:13 topics[0].slides[0].bullets[0]: expected text; got a map — ${COLON} - "Phase 2: Recovery"`,
      `slips/briefing.yaml:15:13 topics[0].slides[0].bullets[1]: expected text; got a map — ${COLON} - "Lessons: what worked"`,
    ]);
  });

  test('a language written in capitals is not mistaken for text with a colon', async () => {
    const errors = await errorsOf(pack('  subtitle:\n    EN: Hello'));
    expect(errors[0]).toBe('slips/briefing.yaml:6:5 meta.subtitle.EN: unknown key "EN"');
    expect(errors.join('\n')).not.toContain('write it in quotes');
  });

  test('each corrected line, put in place of the author\'s, loads', async () => {
    for (const [wrong, right] of [
      ['  subtitle: Phase 2: Recovery', '  subtitle: "Phase 2: Recovery"'],
      ['  subtitle: Step 1: plan # the first step', '  subtitle: "Step 1: plan" # the first step'],
      ['  presenter: Col. Ruiz: "El Halcón"', '  presenter: "Col. Ruiz: \\"El Halcón\\""'],
    ] as const) {
      const [message] = await errorsOf(pack(wrong));
      expect(message?.endsWith(right.trim())).toBe(true);
      await loads(pack(right));
    }
  });
});

describe('a colon inside { } or [ ]', () => {
  test.each([
    ['      - { id: s1, layout: title, title: Note: read ahead }', `slips/briefing.yaml:10:41: ${IN_FLOW} — ${COLON} title: "Note: read ahead"`],
    ['      - { id: s1, layout: title, title: A, subtitle: Day 2: the border, kicker: K }', `slips/briefing.yaml:10:54: ${IN_FLOW} — ${COLON} subtitle: "Day 2: the border"`],
    ['      - { id: s1, layout: title, title: { en: Note: read, es: Nota } }', `slips/briefing.yaml:10:47: ${IN_FLOW} — ${COLON} en: "Note: read"`],
  ])('%s', async (slide, message) => {
    expect(await errorsOf(pack('', slide))).toEqual([message]);
  });

  test('an item inside [ ] with ": " in it', async () => {
    expect(await errorsOf(pack('', '      - { id: s1, layout: bullets, title: A, bullets: [Phase 2: Recovery, Phase 3] }'))).toEqual([
      `slips/briefing.yaml:10:56 topics[0].slides[0].bullets[0]: expected text; got a map — ${COLON} "Phase 2: Recovery"`,
    ]);
  });
});

describe('a comma inside { }', () => {
  test.each([
    [
      '      - { id: s1, layout: title, title: { en: Red, white and blue, es: Rojo, blanco y azul } }',
      [
        `slips/briefing.yaml:10:52 topics[0].slides[0].title.white and blue: unknown key "white and blue" — ${COMMA_MAP} en: "Red, white and blue"`,
        `slips/briefing.yaml:10:78 topics[0].slides[0].title.blanco y azul: unknown key "blanco y azul" — ${COMMA_MAP} es: "Rojo, blanco y azul"`,
      ],
    ],
    [
      '      - { id: s1, layout: title, title: Costs, risks, gains }',
      [
        `slips/briefing.yaml:10:48 topics[0].slides[0].risks: unknown key "risks" — ${COMMA_MAP} title: "Costs, risks, gains"`,
        `slips/briefing.yaml:10:55 topics[0].slides[0].gains: unknown key "gains" — ${COMMA_MAP} title: "Costs, risks, gains"`,
      ],
    ],
    [
      '      - { id: s1, layout: stats, title: A, stats: [{ value: 1,200, label: Agents }] }',
      [
        `slips/briefing.yaml:10:61 topics[0].slides[0].stats[0].value: expected text; got 1 — ${COMMA_MAP} value: "1,200"`,
        `slips/briefing.yaml:10:63 topics[0].slides[0].stats[0].200: unknown key "200" — ${COMMA_MAP} value: "1,200"`,
      ],
    ],
  ])('%s', async (slide, messages) => {
    expect(await errorsOf(pack('', slide))).toEqual(messages);
  });

  test('a real unknown key, with its own ":", gets no hint', async () => {
    expect(await errorsOf(pack('', '      - { id: s1, layout: title, title: A, colour: red }'))).toEqual([
      'slips/briefing.yaml:10:44 topics[0].slides[0].colour: unknown key "colour"',
    ]);
  });
});

describe('a comma inside [ ]', () => {
  test.each([
    ['bullets: [Troops, 1,200 deployed]', 'bullets[1]: expected text; got 1', '"1,200 deployed"', 64],
    ['bullets: [Up 1,200]', 'bullets[1]: expected text; got 200', '"Up 1,200"', 61],
    ['bullets: [Seized, 3,500,000 lb]', 'bullets[1]: expected text; got 3', '"3,500,000 lb"', 64],
  ])('%s', async (bullets, what, quoted, col) => {
    const errors = await errorsOf(pack('', `      - { id: s1, layout: bullets, title: A, ${bullets} }`));
    expect(errors[0]).toBe(`slips/briefing.yaml:10:${col} topics[0].slides[0].${what} — ${COMMA_SEQ} ${quoted}`);
  });
});

describe('a number or true/false where text is expected', () => {
  test.each([
    ['  asOf: 2025', 'slips/briefing.yaml:5:9 meta.asOf: expected text; got 2025 — YAML reads 2025 as a number; write it in quotes: asOf: "2025"'],
    ['  date: 20250601', 'slips/briefing.yaml:5:9 meta.date: expected text; got 20250601 — YAML reads 20250601 as a number; write it in quotes: date: "20250601"'],
    ['  subtitle: 1e3', 'slips/briefing.yaml:5:13 meta.subtitle: expected text; got 1000 — YAML reads 1e3 as the number 1000; write it in quotes: subtitle: "1e3"'],
    ['  subtitle: 3.50', 'slips/briefing.yaml:5:13 meta.subtitle: expected text; got 3.5 — YAML reads 3.50 as the number 3.5; write it in quotes: subtitle: "3.50"'],
    ['  subtitle: 0x1F', 'slips/briefing.yaml:5:13 meta.subtitle: expected text; got 31 — YAML reads 0x1F as the number 31; write it in quotes: subtitle: "0x1F"'],
    ['  presenter: true', 'slips/briefing.yaml:5:14 meta.presenter: expected text; got true — YAML reads true as a true/false value, not text; write it in quotes: presenter: "true"'],
    ['  subtitle: { en: 2025, es: false }', 'slips/briefing.yaml:5:19 meta.subtitle.en: expected text; got 2025 — YAML reads 2025 as a number; write it in quotes: en: "2025"'],
  ])('%s', async (meta, message) => {
    expect((await errorsOf(pack(meta)))[0]).toBe(message);
  });

  test('a stat value keeps its leading zeros when quoted', async () => {
    const slide = '      - id: s1\n        layout: stats\n        title: A\n        stats:\n          - value: 007\n            label: -12';
    expect(await errorsOf(pack('', slide))).toEqual([
      'slips/briefing.yaml:14:20 topics[0].slides[0].stats[0].value: expected text; got 7 — YAML reads 007 as the number 7; write it in quotes: - value: "007"',
      'slips/briefing.yaml:15:20 topics[0].slides[0].stats[0].label: expected text; got -12 — YAML reads -12 as a number; write it in quotes: label: "-12"',
    ]);
  });

  test('inside { } and [ ] the pair or the item is quoted', async () => {
    expect(await errorsOf(pack('', '      - { id: s1, layout: bullets, title: A, bullets: [Recovery, 2025] }'))).toEqual([
      'slips/briefing.yaml:10:66 topics[0].slides[0].bullets[1]: expected text; got 2025 — YAML reads 2025 as a number; write it in quotes: "2025"',
    ]);
    expect(await errorsOf(pack('', '      - { id: s1, layout: stats, title: A, stats: [{ value: 007, label: false }] }'))).toEqual([
      'slips/briefing.yaml:10:61 topics[0].slides[0].stats[0].value: expected text; got 7 — YAML reads 007 as the number 7; write it in quotes: value: "007"',
      'slips/briefing.yaml:10:73 topics[0].slides[0].stats[0].label: expected text; got false — YAML reads false as a true/false value, not text; write it in quotes: label: "false"',
    ]);
  });

  test('a source date written as a bare year', async () => {
    const yaml = pack('').replace('topics:', 'sources:\n  - { id: dod, title: Budget, publisher: DoD, date: 2025 }\ntopics:');
    expect(await errorsOf(yaml)).toEqual([
      'slips/briefing.yaml:7:53 sources[0].date: expected text; got 2025 — YAML reads 2025 as a number; write it in quotes: date: "2025"',
    ]);
  });

  test('yes, no, on and off are text in YAML 1.2, so they load as written', async () => {
    const r = await parseBriefing(Buffer.from(pack('  subtitle: yes\n  presenter: off')), PATH);
    expect(r.status === 'loaded' && [r.briefing.meta.subtitle, r.briefing.meta.presenter]).toEqual(['yes', 'off']);
  });

  test('a chart value is a number, and a quoted one is no hint', async () => {
    const slide = '      - { id: s1, layout: chart, title: A, chart: { bars: [{ label: 2025, value: "12" }] } }';
    expect(await errorsOf(pack('', slide))).toEqual([
      'slips/briefing.yaml:10:69 topics[0].slides[0].chart.bars[0].label: expected text; got 2025 — YAML reads 2025 as a number; write it in quotes: label: "2025"',
      'slips/briefing.yaml:10:82 topics[0].slides[0].chart.bars[0].value: expected a number; got "12"',
    ]);
  });
});
