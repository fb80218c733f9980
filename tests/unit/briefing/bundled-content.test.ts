// What the bilingual editor's review of the bundled briefing found, asserted so it cannot come back: every figure of
// the source with the source's own qualifier in both languages, no false friends or calques in the Spanish, dollars
// marked as dollars, notes in both languages, a source on every slide that states a figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { Briefing, type Lang, type Slide, type Text } from '../../../main/model/schema';
import { localize } from '../../../main/model/text';
import { formatValue } from '../../../main/pdf/chart';
import { SEED_FIGURES } from './seed-figures';

const PACK = join(__dirname, '..', '..', '..', 'assets', 'briefings', 'ca-mx-spp', 'briefing.yaml');
const SOURCE_ID = 'gov-press-release';
/** The slides that state a figure of the source. */
const FIGURE_SLIDES = ['new-partnership', 'timeline', 'counterdrug-task-force', 'seizures', 'counterdrug-reassignment', 'task-force-rattlesnake', 'two-way-trade', 'people-and-jobs'];

/** Every Text-shaped value under `node` (strings and {en, es} maps), notes excluded when asked. */
function textsIn(node: unknown, skip: ReadonlySet<string> = new Set()): Text[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap((v) => textsIn(v, skip));
  if (node !== null && typeof node === 'object') {
    const keys = Object.keys(node);
    if (keys.length > 0 && keys.every((k) => k === 'en' || k === 'es')) return [node as Text];
    return Object.entries(node)
      .filter(([k]) => !skip.has(k) && !['id', 'layout', 'sources', 'source', 'image', 'color', 'kind', 'prefix', 'suffix'].includes(k))
      .flatMap(([, v]) => textsIn(v, skip));
  }
  return [];
}

/** What a slide shows in `lang` (notes excluded unless asked), chart values as they read in that language. */
function shownIn(slide: Slide, lang: Lang, withNotes = false): string {
  const words = textsIn(slide, withNotes ? new Set() : new Set(['notes'])).map((t) => localize(t, lang));
  const values = slide.layout === 'chart' ? slide.chart.bars.map((b) => formatValue(slide.chart, b.value, lang)) : [];
  return [...words, ...values].join('\n').replace(/\s+/g, ' ');
}

let briefing: Briefing;
let slides: Slide[];
const spanishOf = (s: Slide, withNotes = true): string => shownIn(s, 'es', withNotes);

beforeAll(() => {
  briefing = Briefing.parse(parse(readFileSync(PACK, 'utf8')));
  slides = briefing.topics.flatMap((t) => t.slides);
});

describe('every figure of the source, with its qualifier, on the slides in both languages', () => {
  it.each(SEED_FIGURES.map((f) => [f.name, f] as const))('%s', (_, figure) => {
    const en = slides.map((s) => shownIn(s, 'en')).join('\n');
    const es = slides.map((s) => shownIn(s, 'es')).join('\n');
    expect(en).toMatch(figure.en);
    expect(es).toMatch(figure.es);
  });

  it('never strengthens or loosens a qualifier: no "~", no "+" after a figure, no "alrededor", no "2nd"', () => {
    for (const slide of slides) {
      for (const lang of ['en', 'es'] as const) {
        const text = shownIn(slide, lang, true);
        expect(text, `${slide.id} (${lang})`).not.toMatch(/~\s?\d|\d\+|\d(?:M|B)\+|alrededor del|\b2nd\b/);
      }
    }
  });

  it('does not say the reassigned soldiers returned, nor call the task force the main tool', () => {
    const all = slides.map((s) => shownIn(s, 'en', true)).join('\n');
    expect(all).not.toMatch(/since returned|main tool|one state's National Guard with one/i);
    const es = slides.map((s) => spanishOf(s)).join('\n');
    expect(es).not.toMatch(/ya regresaron|principal herramienta/i);
  });
});

describe('the Spanish a Mexican official reads', () => {
  const FALSE_FRIENDS: [string, RegExp][] = [
    ['economías compartidas (the sharing economy)', /econom[ií]as? compartidas?/i],
    ['ayudante general (an aide)', /ayudante general/i],
    ['puertos de entrada', /puertos de entrada/i],
    ['decomiso (not Mexican official usage: aseguramiento)', /decomis/i],
    ['organizaciones criminales', /organizaciones criminales/i],
    ['narcóticos ilegales', /narc[oó]ticos ilegales/i],
    ['cívico-militares (ceremonies)', /c[ií]vico-?militar/i],
    ['sobre esta base', /sobre esta base/i],
    ['militares for servicemembers (the pack says elementos)', /\b(?:los|las|sus) militares de\b/i],
    ['straight quotation marks', /"/],
  ];

  it.each(FALSE_FRIENDS)('has no %s', (_, pattern) => {
    const offending = slides.filter((s) => pattern.test(spanishOf(s))).map((s) => s.id);
    expect(offending).toEqual([]);
    expect(textsIn(briefing.meta).map((t) => localize(t, 'es')).join('\n')).not.toMatch(pattern);
    expect(textsIn(briefing.sources).map((t) => localize(t, 'es')).join('\n')).not.toMatch(pattern);
  });

  it('never calls the California National Guard "la Guardia" or "Guardia Nacional" alone (that is Mexico\'s own force)', () => {
    // The glossary is the one place that names Mexico's Guardia Nacional, to tell the two apart.
    for (const slide of slides.filter((s) => s.id !== 'glossary')) {
      const es = spanishOf(slide);
      expect(es, slide.id).not.toMatch(/\bla Guardia(?! Nacional de California)\b/);
      for (const m of es.matchAll(/Guardias? Nacional(?:es)?(.{0,30})/g)) {
        expect(m[1], `${slide.id}: ${m[0]}`).toMatch(/^ de (?:California|los estados)/);
      }
    }
  });

  it('explains the U.S. rank and post once, and marks the quote as an unofficial translation on the slide', () => {
    const quote = slides.find((s) => s.layout === 'quote');
    expect(quote?.layout).toBe('quote');
    if (quote?.layout !== 'quote') return;
    const shown = shownIn(quote, 'es');
    expect(shown).toMatch(/general de dos estrellas/i);
    expect(shown).toMatch(/comandante de la Guardia Nacional de California \(Adjutant General\)/);
    expect(shown).toMatch(/traducción no oficial/i);
  });

  it('marks dollars as US dollars: no "$" without "US", no "B" or "M" for billions or millions', () => {
    for (const slide of slides) {
      const es = spanishOf(slide);
      expect(es, slide.id).not.toMatch(/(?<!US)\$/);
      expect(es, slide.id).not.toMatch(/\d\s?(?:B|M|MM)(?!\p{L})/u);
    }
  });

  it('gives the chart its Spanish prefix and suffix', () => {
    const chart = slides.find((s) => s.layout === 'chart');
    if (chart?.layout !== 'chart') throw new Error('no chart slide');
    expect(chart.chart.bars.map((b) => formatValue(chart.chart, b.value, 'es'))).toEqual(['137.9 mmdd', '97.8 mmdd']);
    expect(localize(chart.chart.unit, 'es')).toMatch(/miles de millones de dólares \(mmdd\)/);
    expect(chart.chart.bars.map((b) => formatValue(chart.chart, b.value, 'en'))).toEqual(['$137.9B', '$97.8B']);
  });

  it('gives metric equivalents on the slide, not only in the notes', () => {
    const shown = slides.map((s) => shownIn(s, 'es')).join('\n');
    expect(shown).toMatch(/35,065 lb[^\n]*≈15,905 kg|≈15,905 kg/);
    expect(shown).toMatch(/140 millas \(≈225 km\)/);
  });

  it('writes percentages one way throughout (no space before %)', () => {
    for (const slide of slides) expect(spanishOf(slide), slide.id).not.toMatch(/\d[\s\u202f\u2009]%/);
  });

  it('names the program as a program, not a registered association', () => {
    const title = localize(briefing.meta.title, 'es');
    expect(title).toMatch(/^Programa de Asociación Estatal/);
    expect(spanishOf(slides[0] as Slide)).toMatch(/Programa de Asociación Estatal \(SPP, por sus siglas en inglés\)/);
  });
});

describe('the English', () => {
  it('spells resilience one way, writes U.S. with points, and restores "Program" in the title', () => {
    for (const slide of slides) {
      const en = shownIn(slide, 'en', true);
      expect(en, slide.id).not.toMatch(/resiliency/i);
      expect(en, slide.id).not.toMatch(/\bUS\b(?!\$)/);
    }
    expect(localize((slides[0] as Slide & { title: Text }).title, 'en')).toMatch(/State Partnership Program$/);
  });

  it('keeps each sentence in one bullet (none starts or ends with "…")', () => {
    for (const slide of slides) {
      if (slide.layout !== 'bullets') continue;
      for (const b of slide.bullets) {
        const text = typeof b === 'object' && 'text' in b ? b.text : b;
        for (const lang of ['en', 'es'] as const) expect(localize(text, lang), slide.id).not.toMatch(/^…|…$/);
      }
    }
  });

  it('states the 140-mile border once on the slides', () => {
    const count = slides.map((s) => shownIn(s, 'en')).join('\n').match(/140-mile/g)?.length;
    expect(count).toBe(1);
  });
});

describe('notes, sources and attribution', () => {
  it('has speaker notes in English and Spanish on every slide', () => {
    for (const slide of slides) {
      const notes = slide.notes;
      expect(typeof notes === 'object' && notes.en && notes.es, `${slide.id} has notes in both languages`).toBeTruthy();
    }
  });

  it('cites the source on every slide that states a figure, and on every big figure', () => {
    const figureBearing = slides.filter((s) => SEED_FIGURES.some((f) => f.en.test(shownIn(s, 'en')) || f.es.test(shownIn(s, 'es'))));
    expect(figureBearing.map((s) => s.id)).toEqual(FIGURE_SLIDES);
    expect(figureBearing.filter((s) => !s.sources.includes(SOURCE_ID)).map((s) => s.id)).toEqual([]);
    for (const slide of slides) if (slide.layout === 'stats') for (const stat of slide.stats) expect(stat.source, slide.id).toBe(SOURCE_ID);
  });

  it('describes the source instead of inventing a title, with its publisher in both languages', () => {
    const [source] = briefing.sources;
    expect(briefing.sources).toHaveLength(1);
    expect(localize(source!.title, 'en')).toMatch(/^Press release on /);
    expect(localize(source!.title, 'es')).toMatch(/^Comunicado de prensa sobre /);
    expect(source!.publisher).toEqual({ en: 'Office of Governor Gavin Newsom', es: 'Oficina del gobernador Gavin Newsom' });
    expect(source!.date).toBe('2025');
  });

  it('keeps the reassignment claim in reserve, attributed to the Governor\'s office in both languages', () => {
    const claim = slides.filter((s) => /32%/.test(shownIn(s, 'en')));
    expect(claim.map((s) => s.id)).toEqual(['counterdrug-reassignment']);
    expect(claim[0]?.backup).toBe(true);
    expect(shownIn(claim[0]!, 'en')).toMatch(/The Governor's office states that an estimated 32%/);
    expect(shownIn(claim[0]!, 'es')).toMatch(/La oficina del gobernador estima que el 32%/);
    expect(shownIn(claim[0]!, 'en')).toMatch(/U\.S\. President/);
    expect(shownIn(claim[0]!, 'es')).toMatch(/presidente de Estados Unidos/);
  });

  it('keeps the deck\'s own framing off slides that cite the source', () => {
    const all = slides.map((s) => shownIn(s, 'en')).join('\n');
    expect(all).not.toMatch(/adds a security and emergency dimension/);
  });
});

describe('the slides a liaison briefing has', () => {
  const flow = (): Slide[] => slides.filter((s) => !s.backup);

  it('puts the bottom line, then the agenda, right after the title slide', () => {
    expect(flow().slice(0, 3).map((s) => s.id)).toEqual(['opening', 'bottom-line', 'agenda']);
  });

  it('lists every topic on the agenda, ending with questions', () => {
    const agenda = slides.find((s) => s.id === 'agenda');
    if (agenda?.layout !== 'bullets') throw new Error('no agenda');
    const items = agenda.bullets.map((b) => localize(b as Text, 'en'));
    expect(items.slice(1, 4)).toEqual(briefing.topics.slice(1, 4).map((t) => localize(t.title, 'en')));
    expect(items.at(-1)).toBe('Questions');
  });

  it('has a timeline and "what each side brings" in the presented flow', () => {
    expect(flow().some((s) => s.layout === 'timeline')).toBe(true);
    expect(flow().map((s) => s.id)).toContain('shared-experience');
  });

  it('keeps a bilingual glossary in reserve that tells the U.S. National Guard from Mexico\'s Guardia Nacional', () => {
    const glossary = slides.find((s) => s.id === 'glossary');
    expect(glossary?.backup).toBe(true);
    const text = glossary ? shownIn(glossary, 'en') : '';
    for (const acronym of ['SPP', 'DoD', 'CAL FIRE', 'Cal OES', 'JTF', 'MOU', 'Cal Guard']) expect(text).toContain(`${acronym}:`);
    expect(glossary ? shownIn(glossary, 'es') : '').toMatch(/no es la Guardia Nacional de México/);
  });

  it('closes on a "Questions / Preguntas" slide', () => {
    const last = flow().at(-1);
    expect(last?.layout).toBe('title');
    expect(last && 'title' in last ? [localize(last.title as Text, 'en'), localize(last.title as Text, 'es')] : []).toEqual(['Questions', 'Preguntas']);
  });
});
