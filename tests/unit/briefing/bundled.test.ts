// Specifies the bundled California–Mexico briefing: valid, bilingual throughout, every seed figure present and sourced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { Briefing, type Slide, type Text } from '../../../main/model/schema';

const PACK = join(__dirname, '..', '..', '..', 'assets', 'briefings', 'ca-mx-spp', 'briefing.yaml');
const SOURCE_ID = 'gov-press-release';

/** The figures from the seed, as they must read somewhere in the English text. */
const FIGURES = ['35,065', '51.8', '498.4', '97.8', '137.9', '13,800', '400', '300', '32%', '140'];

/** Every Text-shaped value under `node` (strings and {en, es} maps), with its path. */
function textsIn(node: unknown, path = ''): Array<{ path: string; text: Text }> {
  if (typeof node === 'string') return [{ path, text: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => textsIn(v, `${path}[${i}]`));
  if (node !== null && typeof node === 'object') {
    const keys = Object.keys(node);
    if (keys.length > 0 && keys.every((k) => k === 'en' || k === 'es')) return [{ path, text: node as Text }];
    return Object.entries(node).flatMap(([k, v]) => textsIn(v, path === '' ? k : `${path}.${k}`));
  }
  return [];
}

/** The English wording of everything a slide shows or says, chart values included. */
function englishOf(slide: Slide): string {
  const words = textsIn(slide).map(({ text }) => (typeof text === 'string' ? text : (text.en ?? '')));
  const chartValues = slide.layout === 'chart' ? slide.chart.bars.map((b) => String(b.value)) : [];
  return [...words, ...chartValues].join('\n');
}

function allSlides(b: Briefing): Slide[] {
  return b.topics.flatMap((t) => t.slides);
}

let raw: unknown;
let briefing: Briefing;

beforeAll(() => {
  raw = parse(readFileSync(PACK, 'utf8'));
  const result = Briefing.safeParse(raw);
  if (!result.success) throw new Error(`bundled briefing is invalid: ${JSON.stringify(result.error.issues, null, 2)}`);
  briefing = result.data;
});

describe('the bundled ca-mx-spp briefing', () => {
  it('is a valid briefing pack', () => {
    expect(Briefing.safeParse(raw).success).toBe(true);
  });

  it('offers English and Spanish', () => {
    expect(briefing.meta.languages).toEqual(['en', 'es']);
  });

  it('declares the press release once as a source, without an invented URL', () => {
    const matches = briefing.sources.filter((s) => s.id === SOURCE_ID);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.publisher).toEqual({ en: 'Office of Governor Gavin Newsom', es: 'Oficina del gobernador Gavin Newsom' });
    expect(matches[0]?.url).toBeUndefined();
  });

  it('references only declared sources', () => {
    const declared = new Set(briefing.sources.map((s) => s.id));
    for (const slide of allSlides(briefing)) {
      for (const ref of slide.sources) expect(declared, `slide ${slide.id}`).toContain(ref);
      if (slide.layout === 'stats') {
        for (const stat of slide.stats) if (stat.source !== undefined) expect(declared).toContain(stat.source);
      }
    }
  });

  it('has unique slide ids', () => {
    const ids = allSlides(briefing).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has speaker notes in English and Spanish on every slide', () => {
    for (const slide of allSlides(briefing)) {
      const notes = slide.notes;
      expect(notes, `slide ${slide.id} has notes`).toBeTypeOf('object');
      if (typeof notes !== 'object') continue;
      expect(notes.en, `slide ${slide.id} notes.en`).toBeTruthy();
      expect(notes.es, `slide ${slide.id} notes.es`).toBeTruthy();
    }
  });

  it('gives every language map both an English and a Spanish wording', () => {
    const maps = textsIn(raw).filter(({ text }) => typeof text === 'object');
    expect(maps.length).toBeGreaterThan(50);
    const oneSided = maps.filter(({ text }) => typeof text === 'object' && (text.en === undefined || text.es === undefined));
    expect(oneSided.map((m) => m.path)).toEqual([]);
  });

  it.each(FIGURES)('states the figure %s in its English text', (figure) => {
    const english = allSlides(briefing).map(englishOf).join('\n');
    expect(english).toContain(figure);
  });

  it('references the press release on every slide that states a figure', () => {
    const unsourced = allSlides(briefing)
      .filter((slide) => FIGURES.some((f) => englishOf(slide).includes(f)))
      .filter((slide) => !slide.sources.includes(SOURCE_ID))
      .map((s) => s.id);
    expect(unsourced).toEqual([]);
  });

  it('gives every big figure its source', () => {
    for (const slide of allSlides(briefing)) {
      if (slide.layout !== 'stats') continue;
      for (const stat of slide.stats) expect(stat.source, `stat on ${slide.id}`).toBe(SOURCE_ID);
    }
  });

  it('charts two-way trade with Mexico highlighted against China', () => {
    const chart = allSlides(briefing).find((s) => s.layout === 'chart');
    expect(chart?.layout).toBe('chart');
    if (chart?.layout !== 'chart') return;
    expect(chart.chart.prefix).toEqual({ en: '$', es: '' });
    expect(chart.chart.suffix).toEqual({ en: 'B', es: ' mmdd' });
    const bars = chart.chart.bars.map((b) => ({ label: typeof b.label === 'string' ? b.label : b.label.en, value: b.value, highlight: b.highlight }));
    expect(bars).toContainEqual({ label: 'Mexico', value: 97.8, highlight: true });
    expect(bars).toContainEqual({ label: 'China', value: 137.9, highlight: false });
  });

  it('attributes the 32% reassignment to the Governor\'s office', () => {
    const claim = allSlides(briefing).find((s) => englishOf(s).includes('32%'));
    expect(claim).toBeDefined();
    if (claim === undefined) return;
    expect(englishOf(claim)).toMatch(/The Governor's office states/);
  });

  it('opens and closes on a title slide', () => {
    const slides = allSlides(briefing);
    expect(slides[0]?.layout).toBe('title');
    expect(slides[slides.length - 1]?.layout).toBe('title');
  });

  it('keeps the glossary and the reassignment claim in reserve, and 16 to 20 slides in the presented flow', () => {
    const slides = allSlides(briefing);
    expect(slides.filter((s) => s.backup).map((s) => s.id)).toEqual(['glossary', 'counterdrug-reassignment']);
    const presented = slides.filter((s) => !s.backup).length;
    expect(presented).toBeGreaterThanOrEqual(16);
    expect(presented).toBeLessThanOrEqual(20);
  });

  it('holds no wall of text: at most five bullets per slide', () => {
    for (const slide of allSlides(briefing)) {
      if (slide.layout === 'bullets') expect(slide.bullets.length, `slide ${slide.id}`).toBeLessThanOrEqual(5);
    }
  });
});
