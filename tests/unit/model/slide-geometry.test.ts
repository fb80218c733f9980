// Every slide of the bundled pack and of the fixture packs, in English, Spanish and both, laid out by the one slide
// geometry: no two text boxes meet, every box is inside the slide (and its banners) and above the source line, and
// every line fits its box.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing, Lang } from '../../../main/model/schema';
import { BANNER_PX, citedIds, slideGeometry, sourceLineText, type TextBox } from '../../../main/model/slide-geometry';
import { gluedOf, widthOf } from '../../../main/model/slide-geometry/text-fit';
import { geometryMeasurer } from '../../../main/pdf/measure';
import { appRoot, bundledBriefingPath } from '../../../main/paths';

const fixture = (p: string): string => join(appRoot(), 'tests', 'fixtures', p);
const PACKS: [string, string][] = [
  ['bundled', bundledBriefingPath()],
  ['long-text', fixture('long-text')],
  ['minimal', fixture('packs/minimal')],
  ['timing', fixture('timing')],
  ['emoji', fixture('fidelity/emoji')],
  ['other-scripts', fixture('fidelity/other-scripts')],
  ['dashes-spaces-quotes', fixture('fidelity/dashes-spaces-quotes')],
];
const LANGS: { name: string; lang: Lang; lang2?: Lang }[] = [
  { name: 'en', lang: 'en' },
  { name: 'es', lang: 'es' },
  { name: 'en+es', lang: 'en', lang2: 'es' },
  { name: 'es+en', lang: 'es', lang2: 'en' },
];

async function load(path: string): Promise<Briefing> {
  const r = await loadBriefing(path);
  if (r.status !== 'loaded') throw new Error(`${path} does not load: ${JSON.stringify(r.errors[0])}`);
  return r.briefing;
}

const EPS = 0.5;
const meet = (a: TextBox, b: TextBox): boolean =>
  a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;
const name = (b: TextBox): string => `${b.role} "${b.lines.join(' / ').slice(0, 40)}" (${b.x},${b.y} ${b.w}×${b.h})`;

const m = geometryMeasurer();

describe.each(PACKS)('%s pack', (_pack, path) => {
  test.each(LANGS)('every slide in $name: no text box meets another, all inside and above the source line', async ({ lang, lang2 }) => {
    const briefing = await load(path);
    const problems: string[] = [];
    for (const banner of [false, true]) {
      for (const slide of briefing.topics.flatMap((t) => t.slides)) {
        const source = sourceLineText(briefing.sources, citedIds(slide), lang);
        const g = slideGeometry(slide, { lang, lang2, banner, source, byline: 'Presenter · Organization · 2026-01-01' }, m);
        const top = banner ? BANNER_PX : 0;
        const texts = g.texts;
        texts.forEach((a, i) => {
          const where = `${slide.id}${banner ? ' (banner)' : ''}: ${name(a)}`;
          if (a.x < -EPS || a.x + a.w > g.width + EPS || a.y < top - EPS || a.y + a.h > g.height - top + EPS) problems.push(`${where} leaves the slide`);
          if (!a.role.startsWith('source') && a.y + a.h > g.floor + EPS) problems.push(`${where} runs below the source line (${g.floor})`);
          for (const line of a.lines) {
            if (widthOf(m, line, a.face, a.size) + (a.tracking * [...line].length) > a.w + 1) problems.push(`${where}: line "${line}" is wider than its box`);
          }
          for (const b of texts.slice(i + 1)) if (meet(a, b)) problems.push(`${where} meets ${name(b)}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });
});

test('the bundled pack cuts nothing, in any language', async () => {
  const briefing = await load(bundledBriefingPath());
  for (const { lang, lang2 } of LANGS) {
    for (const slide of briefing.topics.flatMap((t) => t.slides)) {
      const g = slideGeometry(slide, { lang, lang2, source: sourceLineText(briefing.sources, citedIds(slide), lang) }, m);
      expect(g.cuts, `${slide.id} in ${lang}${lang2 ? `+${lang2}` : ''}`).toEqual([]);
    }
  }
});

test('stat figures sit on one line and their labels start level in a row', async () => {
  const briefing = await load(bundledBriefingPath());
  for (const { lang, lang2 } of LANGS) {
    for (const slide of briefing.topics.flatMap((t) => t.slides).filter((s) => s.layout === 'stats')) {
      const g = slideGeometry(slide, { lang, lang2 }, m);
      const values = g.texts.filter((t) => t.role === 'stat-value');
      expect(values.every((v) => v.lines.length === 1)).toBe(true);
      const labels = g.texts.filter((t) => t.role === 'stat-label');
      const rows = new Map<number, number[]>();
      values.forEach((v, i) => rows.set(v.y, [...(rows.get(v.y) ?? []), labels[i]?.y ?? -1]));
      for (const ys of rows.values()) expect(new Set(ys).size).toBe(1);
    }
  }
});

test('a word broken across lines is marked glued, so the stage reads it back without a space', () => {
  expect(gluedOf('alpha beta', ['alpha', 'beta'])).toEqual([]);
  expect(gluedOf('<script></script><img>', ['<script></script>', '<img>'])).toEqual([1]);
  expect(gluedOf('one  two threefour', ['one two', 'three', 'four'])).toEqual([2]);
});
