// A big pack's warnings are placed by parsing only their topic's lines (main/briefing/place-warnings.ts): each must
// land exactly where parsing the whole document puts it, however the YAML is written. The slicing threshold is
// forced to 0 bytes here so small packs take that path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { warningPlacer } from '../../../main/briefing/place-warnings';
import { appRoot } from '../../../main/paths';

type Path = (string | number)[];

/** Paths into the first topics, present and absent, at every depth a warning uses. */
function pathsOf(topics: number, slides: number): Path[] {
  const paths: Path[] = [['topics'], ['meta', 'title'], ['sources', 0]];
  for (let t = 0; t < topics; t++) {
    paths.push(['topics', t], ['topics', t, 'title', 'es'], ['topics', t, 'nope']);
    for (let s = 0; s < slides; s++) {
      paths.push(['topics', t, 'slides', s], ['topics', t, 'slides', s, 'title', 'en'], ['topics', t, 'slides', s, 'bullets', 1, 'es'], ['topics', t, 'slides', s, 'layout']);
    }
  }
  return paths;
}

async function expectSameAsWhole(file: string, paths: Path[]): Promise<void> {
  const sliced = await warningPlacer(file, 0);
  const whole = await warningPlacer(file, Infinity);
  for (const p of paths) expect(sliced(p, 'm'), p.join('.')).toEqual(whole(p, 'm'));
}

test('the bundled briefing and the long-text pack: every warning where the whole document puts it', async () => {
  await expectSameAsWhole(join(appRoot(), 'assets/briefings/ca-mx-spp/briefing.yaml'), pathsOf(6, 6));
  await expectSameAsWhole(join(appRoot(), 'tests/fixtures/long-text/briefing.yaml'), pathsOf(5, 4));
});

test('YAML written other ways: comments, an item on the line after its dash, an alias to another topic, CRLF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-place-'));
  const yaml = [
    'puente: 1',
    '# a comment at column 0',
    'topics:',
    '# between items',
    '- id: a',
    '  title: &shared',
    '    en: Shared',
    '    es: Compartido',
    '  slides:',
    '    - id: s1',
    '      layout: bullets',
    '      title: { en: "One", es: "Uno" }',
    '      bullets:',
    '        - en: |',
    '            - not an item',
    '            of the topics',
    '          es: dos',
    '        - { en: b, es: c }',
    '-',
    '  id: b',
    '  title: *shared',
    '  slides:',
    '  - id: s2',
    '    title: {en: Two, es: Dos}',
    'sources: []',
    '',
  ];
  for (const [name, eol] of [['lf.yaml', '\n'], ['crlf.yaml', '\r\n']] as const) {
    const file = join(dir, name);
    writeFileSync(file, yaml.join(eol));
    await expectSameAsWhole(file, pathsOf(3, 2));
  }
  const flow = join(dir, 'flow.yaml');
  writeFileSync(flow, 'puente: 1\ntopics: [{id: a, title: {en: A, es: A}, slides: [{id: s, title: {en: S, es: S}}]}]\n');
  await expectSameAsWhole(flow, pathsOf(2, 2));
});
