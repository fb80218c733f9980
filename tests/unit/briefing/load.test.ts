// Specification of the pack loader: what loads, and the exact message a briefer sees for each way a pack can be broken.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing, resolvePackFile } from '../../../main/briefing/load';
import { formatProblem } from '../../../main/model/problems';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'puente-load-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes `briefing.yaml` (and any extra files) into a fresh pack folder named `name`; returns the folder. */
async function pack(name: string, yaml: string, files: Record<string, string> = {}): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'briefing.yaml'), yaml);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(join(dir, rel, '..'), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
  return dir;
}

async function errorsOf(dir: string): Promise<string[]> {
  const r = await loadBriefing(dir);
  if (r.status !== 'invalid') throw new Error(`expected ${dir} to be invalid, got ${r.status}`);
  return r.errors.map(formatProblem);
}

async function warningsOf(dir: string): Promise<string[]> {
  const r = await loadBriefing(dir);
  if (r.status !== 'loaded') throw new Error(`expected ${dir} to load, got ${r.status}`);
  return r.warnings.map(formatProblem);
}

const HEAD = `puente: 1
meta:
  title: Test
  organization: Tests
sources:
  - { id: release, title: Release, publisher: Office, date: "2026-01-01" }
topics:
`;
// HEAD is 7 lines; topics start on line 8.

const BROKEN: { name: string; yaml: string; files?: Record<string, string>; errors: string[] }[] = [
  {
    name: 'broken-layout',
    yaml: `${HEAD}  - id: one
    title: One
    slides:
      - { id: a, layout: title, title: A }
      - { id: b, layout: title, title: B }
  - id: two
    title: Two
    slides:
      - { id: c, layout: title, title: C }
      - { id: d, layout: title, title: D }
      - { id: e, layout: title, title: E }
      - id: f
        layout: bulets
        title: F
`,
    errors: [
      'broken-layout/briefing.yaml:20:17 topics[1].slides[3].layout: expected one of title, section, bullets, stats, quote, chart, timeline, image, two-column; got "bulets" (did you mean "bullets"?)',
    ],
  },
  {
    name: 'broken-unknown-key',
    yaml: `puente: 1
meta:
  title: Test
  organization: Tests
  colour: "#ff0000"
topics:
  - id: one
    title: One
    slides: [{ id: a, layout: title, title: A }]
`,
    errors: ['broken-unknown-key/briefing.yaml:5:3 meta.colour: unknown key "colour"'],
  },
  {
    name: 'broken-missing-field',
    yaml: `puente: 1
meta:
  organization: Tests
topics:
  - id: one
    title: One
    slides: [{ id: a, layout: title, title: A }]
`,
    errors: ['broken-missing-field/briefing.yaml:3:3 meta.title: missing required field "title"'],
  },
  {
    name: 'broken-wrong-type',
    yaml: `${HEAD}  - id: one
    title: One
    slides:
      - { id: a, layout: title, title: [A] }
`,
    errors: [
      'broken-wrong-type/briefing.yaml:11:40 topics[0].slides[0].title: expected text (a string, or a map by language like {en: …, es: …}); got a list',
    ],
  },
  {
    name: 'broken-duplicate-ids',
    yaml: `${HEAD}  - id: one
    title: One
    slides:
      - { id: a, layout: title, title: A }
  - id: one
    title: Again
    slides:
      - { id: a, layout: title, title: A again }
`,
    errors: [
      'broken-duplicate-ids/briefing.yaml:12:9 topics[1].id: duplicate topic id "one" (already used at topics[0].id)',
      'broken-duplicate-ids/briefing.yaml:15:15 topics[1].slides[0].id: duplicate slide id "a" (already used at topics[0].slides[0].id)',
    ],
  },
  {
    name: 'broken-duplicate-source',
    yaml: `puente: 1
meta: { title: Test, organization: Tests }
sources:
  - { id: release, title: Release, publisher: Office, date: "2026-01-01" }
  - { id: release, title: Other, publisher: Office, date: "2026-01-02" }
topics:
  - id: one
    title: One
    slides: [{ id: a, layout: title, title: A }]
`,
    errors: ['broken-duplicate-source/briefing.yaml:5:11 sources[1].id: duplicate source id "release" (already used at sources[0].id)'],
  },
  {
    name: 'broken-unknown-source',
    yaml: `${HEAD}  - id: one
    title: One
    slides:
      - id: a
        layout: stats
        title: Figures
        sources: [relase]
        stats:
          - { value: "42", label: answers, source: press }
`,
    errors: [
      'broken-unknown-source/briefing.yaml:14:19 topics[0].slides[0].sources[0]: unknown source "relase" (declared: release)',
      'broken-unknown-source/briefing.yaml:16:52 topics[0].slides[0].stats[0].source: unknown source "press" (declared: release)',
    ],
  },
  {
    name: 'broken-image-outside',
    yaml: `${HEAD}  - id: one
    title: One
    slides:
      - { id: a, layout: image, title: A, alt: A map, image: ../secret.png }
      - { id: b, layout: image, title: B, alt: B map, image: /etc/hostname }
`,
    errors: [
      'broken-image-outside/briefing.yaml:11:62 topics[0].slides[0].image: image "../secret.png" is outside the pack folder; keep images inside it',
      'broken-image-outside/briefing.yaml:12:62 topics[0].slides[1].image: image path "/etc/hostname" must be relative to the pack folder, not absolute',
    ],
  },
  {
    name: 'broken-image-missing',
    yaml: `${HEAD}  - id: one
    title: One
    slides:
      - { id: a, layout: image, title: A, alt: A map, image: images/map.png }
      - { id: b, layout: image, title: B, alt: B map, image: images/here.png }
`,
    files: { 'images/here.png': 'not really a png' },
    errors: [
      'broken-image-missing/briefing.yaml:11:62 topics[0].slides[0].image: image "images/map.png" not found in the pack folder',
      'broken-image-missing/briefing.yaml:12:62 topics[0].slides[1].image: image "images/here.png" cannot be shown or printed: it is not a PNG image (its content does not start like one)',
    ],
  },
  {
    name: 'broken-yaml-syntax',
    yaml: `puente: 1
meta:
  title: [unclosed
  organization: Tests
`,
    errors: ['broken-yaml-syntax/briefing.yaml:4:3: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
  {
    name: 'broken-duplicate-key',
    yaml: `puente: 1
meta:
  title: Test
  title: Again
`,
    errors: ['broken-duplicate-key/briefing.yaml:4:3: YAML syntax error: Map keys must be unique'],
  },
];

describe('loadBriefing on broken packs', () => {
  for (const { name, yaml, files, errors } of BROKEN) {
    it(`reports exactly the expected errors for ${name}`, async () => {
      expect(await errorsOf(await pack(name, yaml, files))).toEqual(errors);
    });
  }

  it('reports every error at once, not just the first', async () => {
    const dir = await pack(
      'broken-many',
      `${HEAD}  - id: one
    title: One
    colour: red
    slides:
      - { id: a, layout: bulets, title: A }
      - { id: a, layout: title, title: A, sources: [nowhere] }
`,
    );
    expect(await errorsOf(dir)).toEqual([
      'broken-many/briefing.yaml:10:5 topics[0].colour: unknown key "colour"',
      'broken-many/briefing.yaml:12:26 topics[0].slides[0].layout: expected one of title, section, bullets, stats, quote, chart, timeline, image, two-column; got "bulets" (did you mean "bullets"?)',
      'broken-many/briefing.yaml:13:15 topics[0].slides[1].id: duplicate slide id "a" (already used at topics[0].slides[0].id)',
      'broken-many/briefing.yaml:13:53 topics[0].slides[1].sources[0]: unknown source "nowhere" (declared: release)',
    ]);
  });

  it('rejects an image that is a symlink leading outside the pack', async () => {
    const outside = join(root, 'outside.png');
    await writeFile(outside, 'secret');
    const dir = await pack(
      'broken-image-symlink',
      `${HEAD}  - id: one
    title: One
    slides:
      - { id: a, layout: image, title: A, alt: A map, image: link.png }
`,
    );
    await symlink(outside, join(dir, 'link.png'));
    expect(await errorsOf(dir)).toEqual([
      `broken-image-symlink/briefing.yaml:11:62 topics[0].slides[0].image: image "link.png" leads outside the pack folder (through a link to ${outside})`,
    ]);
  });

  it('reports an empty file as a document that is not a map', async () => {
    expect(await errorsOf(await pack('broken-empty', ''))).toEqual(['broken-empty/briefing.yaml:1:1: expected a map of fields; got an empty value']);
  });

  it('refuses a document whose aliases expand without bound, without throwing', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const errors = await errorsOf(await pack('broken-alias-bomb', lines.join('\n') + '\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^broken-alias-bomb\/briefing\.yaml:1:1: cannot read the YAML: /);
  });

  it('turns a missing pack into one clear error naming the path, without throwing', async () => {
    const missing = join(root, 'no-such-pack');
    expect(await errorsOf(missing)).toEqual([`no-such-pack/briefing.yaml:1:1: cannot read briefing ${join(missing, 'briefing.yaml')}: no such file`]);
  });
});

describe('the broken-layout fixture pack on disk', () => {
  it('reports all its errors and warnings together', async () => {
    const r = await loadBriefing('tests/fixtures/packs/broken-layout');
    expect(r.status).toBe('invalid');
    if (r.status !== 'invalid') return;
    expect(r.errors.map(formatProblem)).toEqual([
      'broken-layout/briefing.yaml:6:3 meta.colour: unknown key "colour"',
      'broken-layout/briefing.yaml:15:17 topics[0].slides[0].layout: expected one of title, section, bullets, stats, quote, chart, timeline, image, two-column; got "bulets" (did you mean "bullets"?)',
      'broken-layout/briefing.yaml:17:13 topics[0].slides[1].id: duplicate slide id "opening" (already used at topics[0].slides[0].id)',
      'broken-layout/briefing.yaml:20:19 topics[0].slides[1].sources[0]: unknown source "fact-shet" (declared: fact-sheet)',
      'broken-layout/briefing.yaml:23:66 topics[0].slides[2].image: image "../outside.png" is outside the pack folder; keep images inside it',
    ]);
    expect(r.warnings.map(formatProblem)).toEqual([
      'broken-layout/briefing.yaml:12:12 topics[0].title: warning: missing Spanish (es) translation',
      'broken-layout/briefing.yaml:19:16 topics[0].slides[1].title: warning: no font can draw "\u{10FFFD}" (U+10FFFD), neither Puente\'s nor one installed on this computer; it would show as an empty box',
    ]);
  });
});

describe('loadBriefing warnings', () => {
  it('names a character no font can draw, with its code point and place', async () => {
    const dir = await pack('warn-glyph', `${HEAD}  - id: one\n    title: "Private \\U0010FFFD and unassigned \\u0378"\n    slides: [{ id: a, layout: title, title: A }]\n`);
    expect(await warningsOf(dir)).toEqual([
      `warn-glyph/briefing.yaml:9:12 topics[0].title: warning: no font can draw "\u{10FFFD}" (U+10FFFD), neither Puente's nor one installed on this computer; it would show as an empty box`,
      `warn-glyph/briefing.yaml:9:12 topics[0].title: warning: no font can draw "\u0378" (U+0378), neither Puente's nor one installed on this computer; it would show as an empty box`,
    ]);
  });

  it('does not warn about symbols, emoji, Hebrew and Arabic, which the bundled fallback faces draw', async () => {
    // The ZWJ sequence is drawn, but as two pictures: that (and only that) is a warning (tests/unit/fonts/emoji-sequences).
    const dir = await pack('warn-fallback', `${HEAD}  - id: one\n    title: "Snow ☃ ✅ 🚁 ⚠️ 👩🏽‍🚒 שלום مرحبا"\n    slides: [{ id: a, layout: title, title: A }]\n`);
    const warnings = await warningsOf(dir);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/topics\[0\]\.title: warning: the emoji 👩🏽‍🚒 prints as 2 separate pictures, 👩 🚒/);
  });

  it('does not count soft hyphens, joiners, variation selectors or bidi marks as characters to draw', async () => {
    const dir = await pack('warn-ignorable', `${HEAD}  - id: one\n    title: "co\u00ADop \u200B\u200D\uFE0F\u200E\u2060\uFEFF end"\n    slides: [{ id: a, layout: title, title: A }]\n`);
    expect(await warningsOf(dir)).toEqual([]);
  });

  it('does not warn about Spanish accents, which the bundled font draws', async () => {
    const dir = await pack('warn-none', `${HEAD}  - id: one\n    title: "Protección, señal, ¿qué? — «sí»"\n    slides: [{ id: a, layout: title, title: A }]\n`);
    expect(await warningsOf(dir)).toEqual([]);
  });

  it('names a text map missing a language the pack offers', async () => {
    const dir = await pack(
      'warn-translation',
      `puente: 1
meta:
  title: { en: Test, es: Prueba }
  organization: Tests
  languages: [en, es]
topics:
  - id: one
    title: { en: One }
    slides: [{ id: a, layout: title, title: { es: Hola } }]
`,
    );
    expect(await warningsOf(dir)).toEqual([
      'warn-translation/briefing.yaml:8:12 topics[0].title: warning: missing Spanish (es) translation',
      'warn-translation/briefing.yaml:9:45 topics[0].slides[0].title: warning: missing English (en) translation',
    ]);
  });
});

describe("a chart's prefix and suffix", () => {
  const chartPack = (affixes: string): string => `puente: 1
meta:
  title: { en: Trade, es: Comercio }
  organization: Tests
  languages: [en, es]
topics:
  - id: one
    title: { en: One, es: Uno }
    slides:
      - id: c
        layout: chart
        title: { en: Trade, es: Comercio }
        chart:
${affixes}
          bars: [{ label: { en: Mexico, es: México }, value: 97.8 }]
`;

  it('may still be plain strings, as in packs written before they could differ by language', async () => {
    const r = await loadBriefing(await pack('affix-plain', chartPack('          prefix: "$"\n          suffix: B')));
    expect(r.status).toBe('loaded');
    if (r.status !== 'loaded') return;
    expect(r.warnings).toEqual([]);
    const slide = r.briefing.topics[0]?.slides[0];
    expect(slide?.layout === 'chart' && [slide.chart.prefix, slide.chart.suffix]).toEqual(['$', 'B']);
  });

  it('may differ by language, keep their spaces and be empty in one language', async () => {
    const r = await loadBriefing(await pack('affix-map', chartPack('          prefix: { en: "$", es: "" }\n          suffix: { en: B, es: " mmdd" }')));
    expect(r.status).toBe('loaded');
    if (r.status !== 'loaded') return;
    expect(r.warnings).toEqual([]);
    const slide = r.briefing.topics[0]?.slides[0];
    expect(slide?.layout === 'chart' && [slide.chart.prefix, slide.chart.suffix]).toEqual([{ en: '$', es: '' }, { en: 'B', es: ' mmdd' }]);
  });

  it('are named when a language the pack offers is missing, as any text is', async () => {
    const dir = await pack('affix-one-sided', chartPack('          suffix: { en: B }'));
    expect(await warningsOf(dir)).toEqual(['affix-one-sided/briefing.yaml:14:19 topics[0].slides[0].chart.suffix: warning: missing Spanish (es) translation']);
  });

  it('are refused as a number or a map with no language, with the place named', async () => {
    const dir = await pack('affix-bad', chartPack('          prefix: 5\n          suffix: { fr: Md }'));
    expect(await errorsOf(dir)).toEqual([
      'affix-bad/briefing.yaml:14:19 topics[0].slides[0].chart.prefix: expected text; got 5 — YAML reads 5 as a number; write it in quotes: prefix: "5"',
      'affix-bad/briefing.yaml:15:19 topics[0].slides[0].chart.suffix: needs at least one language (en or es)',
      'affix-bad/briefing.yaml:15:21 topics[0].slides[0].chart.suffix.fr: unknown key "fr"',
    ]);
  });
});

describe('loadBriefing on good packs', () => {
  it('loads the minimal fixture pack with no errors or warnings', async () => {
    const r = await loadBriefing('tests/fixtures/packs/minimal');
    expect(r.status).toBe('loaded');
    expect(r.warnings).toEqual([]);
    if (r.status === 'loaded') expect(r.briefing.topics.map((t) => t.id)).toEqual(['first', 'second']);
  });

  it('names the source by its folder and marks whether it is bundled', async () => {
    const r = await loadBriefing('tests/fixtures/packs/minimal', { bundled: true });
    expect(r.source).toEqual({ path: join(process.cwd(), 'tests/fixtures/packs/minimal/briefing.yaml'), name: 'minimal', bundled: true });
  });

  it('accepts a path to the .yaml file itself', async () => {
    expect(await resolvePackFile('tests/fixtures/packs/minimal/briefing.yaml')).toBe(join(process.cwd(), 'tests/fixtures/packs/minimal/briefing.yaml'));
    expect((await loadBriefing('tests/fixtures/packs/minimal/briefing.yaml')).status).toBe('loaded');
  });
});
