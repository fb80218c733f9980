// Spec: `puente validate` warns about exactly the slides whose text an export would cut with "…", placed in the YAML.
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing } from '../../../main/model/schema';
import { findOverflows, overflowWarnings } from '../../../main/pdf/overflow';

const root = resolve(__dirname, '../../..');
const longPack = join(root, 'tests/fixtures/long-text');
const bundled = join(root, 'assets/briefings/ca-mx-spp');

async function load(pack: string): Promise<Briefing> {
  const r = await loadBriefing(pack);
  if (r.status !== 'loaded') throw new Error(`${pack} does not load: ${JSON.stringify(r.errors)}`);
  return r.briefing;
}

/** The slide id each warning names. */
const slidesNamed = (messages: string[]): string[] => [...new Set(messages.map((m) => /slide "([^"]+)"/.exec(m)?.[1] ?? '?'))].sort();

let long: Briefing;
let cutIds: string[];
beforeAll(async () => {
  long = await load(longPack);
  // The fixture names its slides for what they hold: "-cut" slides cannot fit even at the smallest type.
  cutIds = long.topics.flatMap((t) => t.slides.map((s) => s.id)).filter((id) => id.endsWith('-cut')).sort();
});

describe('findOverflows', () => {
  test('warns about every slide of the long-text pack whose text is cut, and no other, in English', () => {
    expect(slidesNamed(findOverflows(long, 'en').map((p) => p.message))).toEqual(cutIds);
  });

  test('warns about the same slides in Spanish, naming the language', () => {
    const es = findOverflows(long, 'es');
    expect(slidesNamed(es.map((p) => p.message))).toEqual(cutIds);
    for (const p of es) expect(p.message).toMatch(/ in es: /);
  });

  test('measures every language the pack offers, and the bilingual export, when none is named', () => {
    const all = findOverflows(long);
    expect(all.every((p) => p.severity === 'warning')).toBe(true);
    const single = all.filter((p) => !p.message.includes('(bilingual)'));
    expect(single).toHaveLength(2 * cutIds.length);
    // Each slide twice as full in a bilingual export: every slide cut alone is cut there too, named with both languages.
    const bilingual = all.filter((p) => p.message.includes(' in en + es (bilingual): '));
    expect(bilingual).toEqual(findOverflows(long, 'both'));
    for (const id of cutIds) expect(slidesNamed(bilingual.map((p) => p.message))).toContain(id);
    expect(all).toHaveLength(single.length + bilingual.length);
  });

  test('names the field that is cut, as a path into the document', () => {
    const title = findOverflows(long, 'en').find((p) => p.message.includes('"title-cut"'));
    expect(title?.path).toBe('topics[0].slides[0].title');
    expect(title?.message).toContain('title');
    const list = findOverflows(long, 'en').find((p) => p.message.includes('"bullets-cut"'));
    expect(list?.message).toMatch(/bullets\[5\]/);
  });

  test('says exactly what happens: texts cut with "…", and a list\u2019s points left out with the count the slide shows', () => {
    const both = findOverflows(long, 'both');
    const bullets = both.find((p) => p.message.includes('"bullets-cut"'))?.message ?? '';
    expect(bullets).toMatch(/points (bullets\[\d+\](\.bullets\[\d+\])?, )+bullets\[5\] are left out in both languages, the slide saying how many in a last line \("\+N more"\)/);
    expect(bullets).not.toMatch(/bullets\[5\] \(e[ns]\)/);
    // A two-column slide's left column leaves points out; its heading is cut.
    const columns = both.find((p) => p.message.includes('"two-column-cut"'))?.message ?? '';
    expect(columns).toMatch(/left\.heading \(en\) does not fit and is cut with "…"/);
    expect(columns).toMatch(/left\.bullets\[6\] are left out/);
    // A quote is cut, never left out: both languages named.
    const quote = both.find((p) => p.message.includes('"quote-cut"'))?.message ?? '';
    expect(quote).toContain('quote (en), quote (es) do not fit and are cut with "…"');
    expect(quote).not.toContain('left out');
  });

  test('a slide whose long text fits once its type shrinks and wraps draws no warning', () => {
    const named = slidesNamed([...findOverflows(long, 'en'), ...findOverflows(long, 'es')].map((p) => p.message));
    for (const id of ['section-shrinks', 'bullets-shrinks', 'stats-shrinks']) expect(named).not.toContain(id);
  });

  test('the bundled briefing has no text cut, in English, in Spanish or bilingual', async () => {
    const briefing = await load(bundled);
    expect(findOverflows(briefing, 'en')).toEqual([]);
    expect(findOverflows(briefing, 'es')).toEqual([]);
    expect(findOverflows(briefing, 'both')).toEqual([]);
  });

  test('warnings are placed at the line and column of the cut field in briefing.yaml', async () => {
    const placed = await overflowWarnings(join(longPack, 'briefing.yaml'), long, 'en');
    const title = placed.find((p) => p.path === 'topics[0].slides[0].title');
    expect(title?.file).toBe('long-text/briefing.yaml');
    // The title's value starts on the line after `title:` … `en:` in the fixture: the line is that of its text.
    const line = readFileSync(join(longPack, 'briefing.yaml'), 'utf8').split('\n')[(title?.line ?? 0) - 1] ?? '';
    expect(line.slice((title?.col ?? 1) - 1)).toMatch(/^en: >-/);
  });
});

describe('puente validate', () => {
  const run = (...args: string[]) => spawnSync('node', [join(root, 'bin/puente.cjs'), ...args], { cwd: root, encoding: 'utf8' });

  test('prints each cut slide as a file:line:col warning and still exits 0', () => {
    const r = run('validate', longPack);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('is cut') || l.includes('are cut'));
    const single = lines.filter((l) => !l.includes('(bilingual)'));
    expect(single).toHaveLength(2 * cutIds.length);
    for (const l of single) expect(l).toMatch(/^long-text\/briefing\.yaml:\d+:\d+ topics\[\d+\]\.slides\[\d+\]\S*: warning: slide "[a-z-]+-cut" in (en|es): /);
    for (const l of lines.filter((x) => x.includes('(bilingual)'))) expect(l).toMatch(/^long-text\/briefing\.yaml:\d+:\d+ \S+: warning: slide "[a-z-]+" in en \+ es \(bilingual\): /);
    expect(r.stdout).toContain(`${lines.length} warning(s)`);
  });

  test('reports no overflow for the bundled briefing', () => {
    const r = run('validate');
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/is cut|are cut/);
  });
});
