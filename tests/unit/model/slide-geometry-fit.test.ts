// How the one slide geometry gives way when room runs out: a bilingual text is cut in both languages alike, never one
// language's body dropped while smaller parts of it stay; a list that cannot fit says on the slide how many points it
// leaves out; siblings (column headings, column lists, figures, their translations, labels, bar values) share one
// size; a lead is never larger than the body it introduces; the second language stays legible (≥ 0.75 of its primary,
// never under 16 px unless the primary is). Checked on every slide of the bundled and fixture packs, and on slides
// built here to push each layout past its room.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { Slide, type Lang } from '../../../main/model/schema';
import { citedIds, MORE_WORDS, SECOND_FLOOR, secondaryOf, slideGeometry, sourceLineText, type SlideGeometry, type TextBox } from '../../../main/model/slide-geometry';
import { geometryMeasurer } from '../../../main/pdf/measure';
import { appRoot, bundledBriefingPath } from '../../../main/paths';

const m = geometryMeasurer();
const fixture = (p: string): string => join(appRoot(), 'tests', 'fixtures', p);
const PACKS = [bundledBriefingPath(), fixture('long-text'), fixture('packs/minimal'), fixture('timing')];
const PAIRS: { lang: Lang; lang2?: Lang }[] = [{ lang: 'en' }, { lang: 'es' }, { lang: 'en', lang2: 'es' }, { lang: 'es', lang2: 'en' }];

const words = (n: number, seed: string): string => Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 0 ? ',' : ''}`).join(' ');
const both = (n: number, en: string, es: string) => ({ en: words(n, en), es: words(n, es) });

/** Slides made to overflow, one or more per layout with a primary and a secondary. */
const HOSTILE: Slide[] = [
  { id: 'quote-long', layout: 'quote', title: both(4, 'Quote', 'Cita'), quote: both(220, 'partnership', 'asociación'), attribution: both(12, 'General', 'General'), role: both(14, 'ceremony', 'ceremonia') },
  { id: 'quote-no-title', layout: 'quote', quote: both(300, 'words', 'palabras'), attribution: both(3, 'Name', 'Nombre') },
  { id: 'bullets-many', layout: 'bullets', title: both(4, 'Points', 'Puntos'), bullets: Array.from({ length: 14 }, (_, i) => both(18 + i, 'point', 'punto')) },
  { id: 'bullets-subs', layout: 'bullets', title: both(4, 'Points', 'Puntos'), lead: both(12, 'lead', 'entrada'), bullets: Array.from({ length: 6 }, (_, i) => ({ text: both(20, `p${i}`, `q${i}`), bullets: [both(16, 'child', 'hijo'), both(6, 'short', 'corto')] })) },
  { id: 'columns-both', layout: 'two-column', title: both(3, 'Columns', 'Columnas'), left: { heading: both(18, 'Left', 'Izquierda'), bullets: Array.from({ length: 10 }, () => both(22, 'left', 'izquierda')) }, right: { heading: both(2, 'Right', 'Derecha'), bullets: Array.from({ length: 9 }, () => both(25, 'right', 'derecha')) } },
  { id: 'columns-one', layout: 'two-column', title: both(3, 'Columns', 'Columnas'), left: { heading: both(2, 'Short', 'Corto'), bullets: [both(3, 'a', 'b')] }, right: { heading: both(20, 'Long', 'Largo'), bullets: Array.from({ length: 12 }, () => both(30, 'right', 'derecha')) } },
  { id: 'stats-six', layout: 'stats', title: both(4, 'Figures', 'Cifras'), lead: both(30, 'lead', 'entrada'), stats: Array.from({ length: 6 }, (_, i) => ({ value: { en: `${i + 1}00,000 lb`, es: `${i + 1}00 000 lb` }, label: both(30 + i * 4, 'label', 'etiqueta') })) },
  { id: 'stats-long-figures', layout: 'stats', title: both(4, 'Figures', 'Cifras'), lead: both(20, 'lead', 'entrada'), stats: [{ value: { en: 'US$498.4 million and counting', es: 'Más de US$498.4 millones y contando' }, label: both(10, 'street', 'calle') }, { value: { en: '35,065 pounds of fentanyl', es: '35,065 libras de fentanilo' }, label: both(8, 'seized', 'incautado') }, { value: '7', label: both(3, 'memoranda', 'memorandos') }] },
  { id: 'stats-crowded', layout: 'stats', title: both(16, 'Figures', 'Cifras'), lead: both(40, 'lead', 'entrada'), stats: Array.from({ length: 6 }, (_, i) => ({ value: { en: `US$${i + 1}98.4 million and counting`, es: `Más de US$${i + 1}98.4 millones` }, label: both(40, 'label', 'etiqueta') })) },
  { id: 'quote-long-names', layout: 'quote', title: both(14, 'Quote', 'Cita'), quote: both(260, 'partnership', 'asociación'), attribution: both(30, 'General', 'General'), role: both(40, 'ceremony', 'ceremonia') },
  { id: 'bullets-one-huge', layout: 'bullets', title: both(16, 'Points', 'Puntos'), lead: both(40, 'lead', 'entrada'), bullets: [both(400, 'point', 'punto'), both(5, 'next', 'siguiente')] },
  { id: 'timeline-long', layout: 'timeline', title: both(4, 'Events', 'Eventos'), events: Array.from({ length: 8 }, (_, i) => ({ when: { en: `${2019 + i}`, es: `${2019 + i}` }, text: both(20 + i * 3, 'event', 'evento') })) },
  { id: 'chart-lead', layout: 'chart', title: both(4, 'Chart', 'Gráfica'), lead: both(24, 'lead', 'entrada'), chart: { kind: 'bar', prefix: '$', suffix: 'B', unit: both(4, 'billions', 'miles'), bars: Array.from({ length: 12 }, (_, i) => ({ label: i === 3 ? both(12, 'long', 'largo') : { en: `Bar ${i}`, es: `Barra ${i}` }, value: 10 + i, highlight: i === 3 })) }, caption: both(40, 'caption', 'leyenda') },
].map((s) => Slide.parse(s));

interface Laid { id: string; lang: Lang; lang2?: Lang | undefined; slide: Slide; g: SlideGeometry }
let laid: Laid[] = [];

beforeAll(async () => {
  const slides: Slide[] = [...HOSTILE];
  const sources: Parameters<typeof sourceLineText>[0][] = [];
  for (const path of PACKS) {
    const r = await loadBriefing(path);
    if (r.status !== 'loaded') throw new Error(`${path} does not load`);
    for (const s of r.briefing.topics.flatMap((t) => t.slides)) {
      slides.push(s);
      sources.push(r.briefing.sources);
    }
  }
  laid = slides.flatMap((slide, i) =>
    PAIRS.map(({ lang, lang2 }) => {
      const src = i >= HOSTILE.length ? sourceLineText(sources[i - HOSTILE.length] ?? [], citedIds(slide), lang) : undefined;
      return { id: slide.id, lang, lang2, slide, g: slideGeometry(slide, { lang, lang2, source: src }, m) };
    }),
  );
});

const name = (l: Laid): string => `${l.id} in ${l.lang}${l.lang2 ? `+${l.lang2}` : ''}`;
const key = (t: TextBox): string => t.field.join('.');
const bilingual = (): Laid[] => laid.filter((l) => l.lang2 !== undefined);

/** The author's text at a field path of the slide. */
function textAt(slide: Slide, path: (string | number)[]): unknown {
  let at: unknown = slide;
  for (const k of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[k] : undefined;
  return at;
}

describe('bilingual cuts keep both languages', () => {
  test('every text shown with a translation to show has it too, cut with "…" alongside it if it must be', () => {
    const problems: string[] = [];
    for (const l of bilingual()) {
      for (const t of l.g.texts.filter((b) => !b.secondary && !b.inline && b.role !== 'bar-label' && b.role !== 'bar-value' && b.role !== 'list-more')) {
        const text = textAt(l.slide, t.field);
        if (typeof text !== 'object' || text === null) continue;
        if (secondaryOf(text as Parameters<typeof secondaryOf>[0], l.lang, l.lang2) === undefined) continue;
        const second = l.g.texts.find((b) => b.secondary && key(b) === key(t));
        if (!second) problems.push(`${name(l)}: ${t.role} ${key(t)} shows its ${l.lang} without its ${l.lang2}`);
        else if (second.lines.length === 0) problems.push(`${name(l)}: ${t.role} ${key(t)} has an empty ${l.lang2} box`);
      }
      // No field is reported cut in the second language while its box is missing and other second-language text remains.
      for (const c of l.g.cuts.filter((c) => c.lang === l.lang2 && !c.leftOut)) {
        if (!l.g.texts.some((b) => b.secondary && b.field.join('.') === c.field.join('.'))) problems.push(`${name(l)}: ${c.field.join('.')} (${c.lang}) reported cut but not shown at all`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('a quote too long for the slide is cut in both languages, in proportion to their lengths', () => {
    const quotes = bilingual().filter((l) => l.slide.layout === 'quote' && l.g.cuts.some((c) => c.field[0] === 'quote'));
    // The long-text pack's quote-cut and the two built here, each both ways round.
    expect(quotes.length).toBeGreaterThanOrEqual(6);
    for (const l of quotes) {
      const first = l.g.texts.find((t) => t.role === 'quote');
      const second = l.g.texts.find((t) => t.role === 'quote-2');
      expect(first?.cut, name(l)).toBe(true);
      expect(second?.cut, name(l)).toBe(true);
      expect(first?.lines.at(-1)).toMatch(/…$/);
      expect(second?.lines.at(-1)).toMatch(/…$/);
      // Both languages keep lines in the ratio of their whole lengths (within a line).
      const n1 = first?.lines.length ?? 0;
      const n2 = second?.lines.length ?? 0;
      expect(n1).toBeGreaterThan(0);
      expect(n2).toBeGreaterThan(0);
      expect(l.g.cuts.map((c) => `${c.field.join('.')}:${c.lang}`)).toEqual(expect.arrayContaining([`quote:${l.lang}`, `quote:${l.lang2}`]));
    }
  });

  test('the point a list ends on is cut in both languages alike', () => {
    for (const l of bilingual()) {
      for (const t of l.g.texts.filter((b) => (b.role === 'bullet' || b.role === 'sub-bullet') && b.cut)) {
        const second = l.g.texts.find((b) => b.secondary && key(b) === key(t));
        expect(second, `${name(l)} ${key(t)}`).toBeDefined();
      }
    }
  });
});

describe('a list that cannot fit says how many points it leaves out', () => {
  test('every list with points left out ends with a "+N more" line counting them, in each language shown', () => {
    let seen = 0;
    for (const l of laid) {
      const out = l.g.cuts.filter((c) => c.leftOut);
      const lists = new Map<string, Set<string>>();
      for (const c of out.filter((c) => c.lang === l.lang)) {
        const list = c.field.slice(0, c.field.findIndex((k) => typeof k === 'number')).join('.');
        lists.set(list, (lists.get(list) ?? new Set()).add(c.field.join('.')));
      }
      const more = l.g.texts.filter((t) => t.role === 'list-more');
      expect(more.map(key).sort(), name(l)).toEqual([...lists.keys()].sort());
      for (const [list, points] of lists) {
        seen += 1;
        const line = more.find((t) => key(t) === list);
        // Counted as the pack has them: a point left out takes its sub-points with it; a shown point's sub-points
        // left out are counted as sub-points.
        const depth = list.split('.').length + 1;
        const fields = [...points].map((p) => p.split('.'));
        const whole = new Set(fields.filter((f) => f.length === depth || f[depth] === 'text').map((f) => f[depth - 1]));
        const subs = fields.filter((f) => f[depth] === 'bullets' && !whole.has(f[depth - 1])).length;
        const count = { points: whole.size, subPoints: subs };
        expect(line?.lines, name(l)).toEqual([MORE_WORDS[l.lang](count)]);
        if (l.lang2) expect(l.g.texts.find((t) => t.role === 'list-more-2' && key(t) === list)?.lines[0], name(l)).toBe(MORE_WORDS[l.lang2](count));
        // The line sits below every point shown in its list, in the list's column.
        const shown = l.g.texts.filter((t) => t.field.join('.').startsWith(`${list}.`) && t.role.includes('bullet'));
        expect(shown.length, name(l)).toBeGreaterThan(0);
        for (const t of shown) expect(t.y + t.h, `${name(l)} ${t.role}`).toBeLessThanOrEqual((line?.y ?? 0) + 0.5);
        // A point left out is not drawn.
        for (const p of points) expect(l.g.texts.some((t) => t.field.join('.') === p), `${name(l)} ${p}`).toBe(false);
      }
      // Left out in one language means left out in the other.
      if (l.lang2) expect(out.filter((c) => c.lang === l.lang2).length, name(l)).toBe(out.filter((c) => c.lang === l.lang).length);
    }
    // Bullets and both columns of a two-column slide, one language and two.
    expect(seen).toBeGreaterThanOrEqual(8);
  });

  test('both columns of a two-column slide count their own points', () => {
    const l = laid.find((x) => x.id === 'columns-both' && x.lang === 'en' && x.lang2 === 'es');
    const more = l?.g.texts.filter((t) => t.role === 'list-more').map(key).sort();
    expect(more).toEqual(['left.bullets', 'right.bullets']);
  });
});

describe('siblings share one size', () => {
  const same = (l: Laid, roles: string[], by?: (t: TextBox) => string): string[] => {
    const groups = new Map<string, Set<number>>();
    for (const t of l.g.texts.filter((b) => roles.includes(b.role))) {
      const k = `${t.role}${by ? ` ${by(t)}` : ''}`;
      groups.set(k, (groups.get(k) ?? new Set()).add(t.size));
    }
    return [...groups].filter(([, sizes]) => sizes.size > 1).map(([k, sizes]) => `${name(l)}: ${k} at ${[...sizes].join(', ')} px`);
  };

  test('column headings, their translations and the two lists, each at one size', () => {
    const cols = laid.filter((l) => l.slide.layout === 'two-column');
    expect(cols.length).toBeGreaterThan(8);
    const problems = cols.flatMap((l) => same(l, ['column-heading', 'column-heading-2', 'bullet', 'bullet-2']));
    expect(problems).toEqual([]);
    // The rules under the headings sit level.
    for (const l of cols) {
      const rules = l.g.shapes.filter((s) => s.ink === 'accent' && s.h === 2.5);
      expect(new Set(rules.map((r) => r.y)).size, name(l)).toBeLessThanOrEqual(1);
    }
  });

  test('stat figures, their translations and labels; bar values', () => {
    const problems = laid.filter((l) => l.slide.layout === 'stats' || l.slide.layout === 'chart').flatMap((l) => same(l, ['stat-value', 'stat-value-2', 'stat-label', 'stat-label-2', 'bar-value']));
    expect(problems).toEqual([]);
  });

  test('timeline dates and events; list points of each level', () => {
    const problems = laid.filter((l) => l.slide.layout === 'timeline' || l.slide.layout === 'bullets').flatMap((l) => same(l, ['when', 'when-2', 'event', 'event-2', 'bullet', 'sub-bullet']));
    expect(problems).toEqual([]);
  });
});

describe('a lead is never larger than what it introduces', () => {
  test.each([
    ['bullets', 'bullet'],
    ['stats', 'stat-value'],
  ])('%s: the lead at most the size of its %s', (layout, body) => {
    const withLead = laid.filter((l) => l.slide.layout === layout && l.g.texts.some((t) => t.role === 'lead'));
    expect(withLead.length).toBeGreaterThan(2);
    for (const l of withLead) {
      const lead = l.g.texts.find((t) => t.role === 'lead');
      const main = Math.max(...l.g.texts.filter((t) => t.role === body).map((t) => t.size));
      expect(lead?.size, name(l)).toBeLessThanOrEqual(main);
    }
  });
});

describe('the second language stays legible', () => {
  const BODY = ['lead', 'bullet', 'column-heading', 'stat-label', 'quote', 'when', 'event', 'attribution', 'role', 'caption', 'subtitle', 'kicker'];

  test('running text: its translation at 0.75 of it or more, never under 16 px unless the text itself is', () => {
    const problems: string[] = [];
    for (const l of bilingual()) {
      l.g.texts.forEach((t, i) => {
        const second = l.g.texts[i + 1];
        if (t.secondary || !BODY.includes(t.role) || !second?.secondary || key(second) !== key(t)) return;
        if (second.size < Math.min(t.size, SECOND_FLOOR)) problems.push(`${name(l)}: ${second.role} at ${second.size} px under ${t.role} at ${t.size}`);
        if (second.size < Math.min(t.size, Math.floor(t.size * 0.75))) problems.push(`${name(l)}: ${second.role} at ${second.size} px is under 0.75 of ${t.size}`);
      });
    }
    expect(problems).toEqual([]);
  });

  test('every translation on the slide is 16 px or more where its text is', () => {
    const problems = bilingual().flatMap((l) =>
      l.g.texts.filter((t) => t.secondary && t.size < SECOND_FLOOR).flatMap((t) => {
        const first = l.g.texts.find((b) => !b.secondary && key(b) === key(t) && b.role === t.role.replace(/-2$/, ''));
        return first && first.size <= t.size ? [] : [`${name(l)}: ${t.role} ${key(t)} at ${t.size} px`];
      }),
    );
    expect(problems).toEqual([]);
  });
});

test('the slides built here to overflow still keep every box inside the slide and above its floor, none meeting', () => {
  const EPS = 0.5;
  const problems: string[] = [];
  for (const l of laid.filter((x) => HOSTILE.includes(x.slide))) {
    l.g.texts.forEach((a, i) => {
      if (a.x < -EPS || a.x + a.w > l.g.width + EPS || a.y < -EPS || a.y + a.h > l.g.floor + EPS) problems.push(`${name(l)}: ${a.role} ${key(a)} leaves its room (${a.x},${a.y} ${a.w}×${a.h})`);
      for (const b of l.g.texts.slice(i + 1)) {
        if (a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS) problems.push(`${name(l)}: ${a.role} ${key(a)} meets ${b.role} ${key(b)}`);
      }
    });
  }
  expect(problems).toEqual([]);
});

test('the "+N more" line counts points, and sub-points only when their point is shown, in both languages', () => {
  const cases: [number, number, string, string][] = [
    [1, 0, '+1 more point', '+1 punto más'],
    [3, 0, '+3 more points', '+3 puntos más'],
    [0, 1, '+1 more sub-point', '+1 subpunto más'],
    [0, 2, '+2 more sub-points', '+2 subpuntos más'],
    [1, 2, '+1 more point and 2 sub-points', '+1 punto y 2 subpuntos más'],
  ];
  for (const [points, subPoints, en, es] of cases) {
    expect(MORE_WORDS.en({ points, subPoints })).toBe(en);
    expect(MORE_WORDS.es({ points, subPoints })).toBe(es);
  }
});
