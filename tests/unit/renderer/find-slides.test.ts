// Finding slides: by number in the run, or by words in either language from the slide, its notes or its topic.
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../../main/model/schema';
import { loadBriefing } from '../../../main/briefing/load';
import { findSlides } from '../../../renderer/search/find-slides';

const briefing = Briefing.parse({
  puente: 1,
  meta: { title: 'T', organization: 'O', languages: ['en', 'es'] },
  topics: [
    {
      id: 'energy',
      title: { en: 'Energy', es: 'Energía' },
      slides: [
        { id: 'open', layout: 'section', title: { en: 'Power lines', es: 'Líneas eléctricas' } },
        {
          id: 'grid',
          layout: 'bullets',
          title: { en: 'The shared grid', es: 'La red compartida' },
          bullets: [{ text: 'Cross-border links', bullets: [{ en: 'Solar farms in Baja', es: 'Parques solares en Baja' }] }],
          notes: { en: 'Mention the river crossing only if asked.', es: 'Mencionar el cruce del río solo si preguntan.' },
        },
        {
          id: 'reserve',
          layout: 'stats',
          backup: true,
          title: 'Reserve capacity',
          stats: [{ value: '4.2 GW', label: { en: 'solar capacity', es: 'capacidad solar' } }],
        },
      ],
    },
    {
      id: 'border',
      title: { en: 'The border', es: 'La frontera' },
      slides: [
        {
          id: 'timeline',
          layout: 'timeline',
          title: { en: 'Milestones', es: 'Hitos' },
          events: [{ when: '2019', text: { en: 'Solar pact signed', es: 'Se firma el pacto solar' } }],
        },
        {
          id: 'voices',
          layout: 'quote',
          quote: { en: 'We share one frontier.', es: 'Compartimos una frontera.' },
          attribution: 'A. Governor',
          role: { en: 'Governor', es: 'Gobernador' },
        },
        {
          id: 'cols',
          layout: 'two-column',
          title: 'Solar and wind',
          left: { heading: { en: 'Sun', es: 'Sol' }, bullets: ['Panels'] },
          right: { heading: 'Wind', bullets: [{ en: 'Turbines', es: 'Aerogeneradores' }] },
        },
      ],
    },
  ],
});

const ids = (hits: ReturnType<typeof findSlides>) =>
  hits.map((h) => briefing.topics[h.place.topic]?.slides[h.place.slide]?.id);

describe('findSlides by number', () => {
  it('finds the slide with that number in the run’s main flow, skipping backup slides', () => {
    const hits = findSlides(briefing, '3');
    expect(hits.map((h) => h.place)).toEqual([{ topic: 1, slide: 0 }]);
    expect(hits[0]?.number).toBe(3);
  });

  it('finds nothing for a number beyond the run that no slide says', () => {
    expect(findSlides(briefing, '7')).toEqual([]);
    expect(findSlides(briefing, '8')).toEqual([]);
  });

  it('lists the slide with that number first, then the slides that say it ("2019" is also a year on a timeline)', () => {
    expect(findSlides(briefing, '2019').map((h) => h.place)).toEqual([{ topic: 1, slide: 0 }]);
    const withJump = findSlides(briefing, '4');
    expect(withJump[0]?.number).toBe(4);
    expect(withJump.map((h) => h.place)).toContainEqual({ topic: 0, slide: 2 }); // "4.2 GW", a backup slide
  });
});

describe('findSlides by words', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(findSlides(briefing, '')).toEqual([]);
    expect(findSlides(briefing, '   ')).toEqual([]);
  });

  it('ignores accents and case: "energia" finds "Energía" and "FRONTERA" finds "frontera"', () => {
    expect(findSlides(briefing, 'energia').length).toBeGreaterThan(0);
    expect(ids(findSlides(briefing, 'FRONTERA'))).toContain('voices');
  });

  it('ignores what a reader never sees: a soft hyphen or zero-width space inside a word, in the slide or the query', () => {
    const pasted = Briefing.parse({
      puente: 1,
      meta: { title: 'T', organization: 'O' },
      topics: [{ id: 't', title: 'T', slides: [{ id: 'a', layout: 'bullets', title: 'Logis\u00ADtics and inter\u200Bagency work', bullets: ['x'] }] }],
    });
    expect(findSlides(pasted, 'logistics').length).toBe(1);
    expect(findSlides(pasted, 'interagency').length).toBe(1);
    expect(findSlides(pasted, 'logis\u00ADtics').length).toBe(1);
  });

  it('requires every word, anywhere in the slide', () => {
    expect(ids(findSlides(briefing, 'shared baja'))).toEqual(['grid']);
    expect(findSlides(briefing, 'shared turbines')).toEqual([]);
  });

  it('searches nested bullets, stats, timeline events, quotes and column headings in both languages', () => {
    expect(ids(findSlides(briefing, 'parques'))).toEqual(['grid']);
    expect(ids(findSlides(briefing, '4.2 gw'))).toEqual(['reserve']);
    expect(ids(findSlides(briefing, 'pacto'))).toEqual(['timeline']);
    expect(ids(findSlides(briefing, 'gobernador'))).toEqual(['voices']);
    expect(ids(findSlides(briefing, 'aerogeneradores'))).toEqual(['cols']);
  });

  it('searches the speaker notes and says so', () => {
    const [hit, ...rest] = findSlides(briefing, 'río');
    expect(rest).toEqual([]);
    expect(hit?.where).toBe('notes');
    expect(hit?.matchedLang).toBe('es');
    expect(hit?.snippet.match).toBe('río');
  });

  it('matches the topic title when the slide itself does not have the word', () => {
    const hits = findSlides(briefing, 'energy');
    expect(ids(hits)).toEqual(['open', 'grid', 'reserve']);
    expect(hits.every((h) => h.where === 'topic')).toBe(true);
  });

  it('includes backup slides, marked and without a number', () => {
    const [hit] = findSlides(briefing, 'reserve');
    expect(hit).toMatchObject({ backup: true, number: null, place: { topic: 0, slide: 2 } });
  });

  it('ranks slides whose title matches before the rest, then keeps slide order', () => {
    // "solar" is in the body of grid, reserve and timeline, but in the title of cols.
    expect(ids(findSlides(briefing, 'solar'))).toEqual(['cols', 'grid', 'reserve', 'timeline']);
  });

  it('shows the match with the text around it, keeping the original accents and case', () => {
    const [hit] = findSlides(briefing, 'LINEAS', { lang: 'es' });
    expect(hit?.snippet).toEqual({ before: '', match: 'Líneas', after: ' eléctricas' });
    expect(hit?.matchedLang).toBe('es');
  });

  it('prefers a snippet in the display language when the word occurs in both', () => {
    expect(findSlides(briefing, 'baja', { lang: 'es' })[0]?.snippet.after).toBe('');
    expect(findSlides(briefing, 'baja', { lang: 'es' })[0]?.matchedLang).toBe('es');
    expect(findSlides(briefing, 'baja', { lang: 'en' })[0]?.matchedLang).toBe('en');
  });

  it('gives titles in the display language, using the quote for a slide without a title', () => {
    const [hit] = findSlides(briefing, 'frontier', { lang: 'es' });
    expect(hit).toMatchObject({ slideTitle: 'Compartimos una frontera.', topicTitle: 'La frontera', number: 4 });
  });

  it('stops at the limit', () => {
    expect(findSlides(briefing, 'solar', { limit: 2 })).toHaveLength(2);
  });
});

describe('findSlides on the bundled briefing', () => {
  it('finds Spanish words without accents and English words in notes, with context around the match', async () => {
    const r = await loadBriefing('assets/briefings/ca-mx-spp');
    if (r.status !== 'loaded') throw new Error(`bundled briefing did not load: ${r.status}`);
    const bundled = r.briefing;

    const frontera = findSlides(bundled, 'frontera');
    expect(frontera.length).toBeGreaterThan(3);
    expect(frontera.every((h) => h.snippet.match.toLowerCase() === 'frontera')).toBe(true);
    // Title matches first: the border topic's title slide says "frontera" in its title.
    expect(frontera[0]?.slideTitle).toBe('Protecting the border');

    const sedena = findSlides(bundled, 'defensa nacional');
    expect(sedena.length).toBeGreaterThan(0);

    const backup = findSlides(bundled, 'domestic U.S. dispute');
    expect(backup[0]).toMatchObject({ backup: true, number: null, where: 'notes', matchedLang: 'en' });
    expect(backup[0]?.snippet.before.length).toBeGreaterThan(20);
    expect(backup[0]?.snippet.before.length).toBeLessThanOrEqual(62);

    const first = findSlides(bundled, '1');
    expect(first[0]?.place).toEqual({ topic: 0, slide: 0 });
  });
});
