// Makes it possible to find a slide by its number in the run or by words from its text, notes or topic, in either language.
import type { Briefing, Bullet, Lang, Slide, Text, Topic } from '../../main/model/schema';
import { LANGS } from '../../main/model/schema';
import { flowPlaces, type Place } from '../../main/model/flow';
import { localize } from '../../main/model/text';
import { slideTitleText as titleText } from '../../main/model/slide-title';

export type HitWhere = 'slide' | 'notes' | 'topic';

export interface SlideHit {
  place: Place;
  /** Number in the run's main flow; null for a backup slide. */
  number: number | null;
  topicTitle: string;
  slideTitle: string;
  /** Text around the first match, in the language it matched. */
  snippet: { before: string; match: string; after: string };
  where: HitWhere;
  /** The language of the text that matched; null when the text is the same in every language. */
  matchedLang: Lang | null;
  backup: boolean;
}

export interface FindOptions {
  limit?: number;
  /** Language of the display strings (titles). */
  lang?: Lang;
}

const CONTEXT = 60;

/** A slide's title as a list shows it; quote slides without one use their quote (`model/slide-title.ts`). */
export function slideTitleText(slide: Slide, lang: Lang): string {
  return titleText(slide, lang, 'quote');
}

/** What folding takes away: accents (combining marks) and what a reader never sees (soft hyphens, joiners: unicode.ts). */
const FOLDED_AWAY = /[\p{M}\p{Default_Ignorable_Code_Point}]/gu;

/** Folds case and accents so "energia" finds "energía"; `map[i]` is the source index of folded char i. */
function fold(s: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    const f = ch.normalize('NFD').replace(FOLDED_AWAY, '').toLowerCase();
    for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    i += ch.length;
  }
  map.push(s.length);
  return { text, map };
}

const foldText = (s: string): string => s.normalize('NFD').replace(FOLDED_AWAY, '').toLowerCase();

interface Segment {
  text: string;
  lang: Lang | null;
  where: HitWhere;
  isTitle: boolean;
}

function textSegments(text: Text | undefined, where: HitWhere, isTitle = false): Segment[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [{ text, lang: null, where, isTitle }];
  return LANGS.flatMap((l) => {
    const s = text[l];
    return s === undefined ? [] : [{ text: s, lang: l, where, isTitle }];
  });
}

function bulletTexts(bullets: readonly Bullet[]): Text[] {
  return bullets.flatMap((b) => (typeof b === 'object' && 'text' in b ? [b.text, ...b.bullets] : [b]));
}

/** Every piece of text a slide shows, besides its title. */
function bodyTexts(slide: Slide): (Text | undefined)[] {
  switch (slide.layout) {
    case 'title':
      return [slide.kicker, slide.subtitle];
    case 'section':
      return [slide.subtitle];
    case 'bullets':
      return [slide.lead, ...bulletTexts(slide.bullets)];
    case 'stats':
      return [slide.lead, ...slide.stats.flatMap((s) => [s.value, s.label])];
    case 'quote':
      return [slide.quote, slide.attribution, slide.role];
    case 'chart':
      return [slide.lead, slide.chart.unit, ...slide.chart.bars.map((b) => b.label), slide.caption];
    case 'timeline':
      return slide.events.flatMap((e) => [e.when, e.text]);
    case 'image':
      return [slide.alt, slide.caption];
    case 'two-column':
      return [slide.left, slide.right].flatMap((c) => [c.heading, ...bulletTexts(c.bullets)]);
  }
}

interface Searchable {
  seg: Segment;
  folded: string;
}

// Folded once per topic object: a reloaded pack brings new objects, so the cache never goes stale.
const cache = new WeakMap<Topic, Searchable[][]>();

/** Every searchable piece of each slide of a topic, in reading order: title, body, notes, then the topic title. */
function topicSegments(topic: Topic): Searchable[][] {
  let out = cache.get(topic);
  if (!out) {
    out = topic.slides.map((slide) =>
      [
        ...('title' in slide ? textSegments(slide.title, 'slide', true) : []),
        ...bodyTexts(slide).flatMap((t) => textSegments(t, 'slide')),
        ...textSegments(slide.notes, 'notes'),
        ...textSegments(topic.title, 'topic'),
      ].map((seg) => ({ seg, folded: foldText(seg.text) })),
    );
    cache.set(topic, out);
  }
  return out;
}

/** Text around [start, end) of `s`, cut at word boundaries where it can be. */
function snippetOf(s: string, start: number, end: number): SlideHit['snippet'] {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(s.length, end + CONTEXT);
  if (from > 0) {
    const space = s.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < s.length) {
    const space = s.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  const clean = (t: string) => t.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(s.slice(from, start)),
    match: s.slice(start, end),
    after: clean(s.slice(end, to)) + (to < s.length ? '…' : ''),
  };
}

/** The snippet around the earliest of the words in `text`, mapped back to its original accents and case. */
function snippetFor(text: string, words: readonly string[]): SlideHit['snippet'] {
  const { text: folded, map } = fold(text);
  let start = -1;
  let word = '';
  for (const w of words) {
    const i = folded.indexOf(w);
    if (i !== -1 && (start === -1 || i < start)) [start, word] = [i, w];
  }
  if (start === -1) return snippetOf(text, 0, 0);
  return snippetOf(text, map[start] ?? 0, map[start + word.length] ?? text.length);
}

/** Slides matching a query: a number finds that slide of the run; words must all occur somewhere in the slide. */
export function findSlides(briefing: Briefing, query: string, opts: FindOptions = {}): SlideHit[] {
  const lang = opts.lang ?? 'en';
  const limit = opts.limit ?? 50;
  const q = query.trim();
  if (q === '' || limit <= 0) return [];
  const flow = flowPlaces(briefing);
  const numbers = new Map(flow.map((p, i) => [`${p.topic}:${p.slide}`, i + 1]));
  const numberOf = (p: Place): number | null => numbers.get(`${p.topic}:${p.slide}`) ?? null;
  const hitAt = (place: Place, rest: Pick<SlideHit, 'snippet' | 'where' | 'matchedLang'>): SlideHit | null => {
    const topic = briefing.topics[place.topic];
    const slide = topic?.slides[place.slide];
    if (!topic || !slide) return null;
    return {
      place,
      number: numberOf(place),
      topicTitle: localize(topic.title, lang),
      slideTitle: slideTitleText(slide, lang),
      backup: slide.backup,
      ...rest,
    };
  };

  // A number is a slide to jump to, listed first, and also words to find ("32" finds "32%" on slide 8).
  let jump: SlideHit | null = null;
  if (/^\d+$/.test(q)) {
    const place = flow[Number(q) - 1];
    jump = place ? hitAt(place, { snippet: { before: '', match: '', after: '' }, where: 'slide', matchedLang: null }) : null;
  }

  const words = [...new Set(foldText(q).split(/\s+/).filter((w) => w !== ''))];
  const ranked: { hit: SlideHit; rank: number; order: number }[] = [];
  briefing.topics.forEach((topic, ti) => {
    topicSegments(topic).forEach((segments, si) => {
      if (!words.every((w) => segments.some((s) => s.folded.includes(w)))) return;
      // The snippet comes from the piece holding most words, preferring the display language, then reading order.
      const score = (s: Searchable) =>
        words.filter((w) => s.folded.includes(w)).length * 2 + (s.seg.lang === null || s.seg.lang === lang ? 1 : 0);
      let best = segments[0];
      for (const s of segments) if (best === undefined || score(s) > score(best)) best = s;
      if (!best) return;
      const hit = hitAt({ topic: ti, slide: si }, { snippet: snippetFor(best.seg.text, words), where: best.seg.where, matchedLang: best.seg.lang });
      if (!hit) return;
      const titleWords = words.filter((w) => segments.some((s) => s.seg.isTitle && s.folded.includes(w))).length;
      const rank = titleWords === words.length ? 0 : titleWords > 0 ? 1 : 2;
      ranked.push({ hit, rank, order: ranked.length });
    });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const found = ranked.map((r) => r.hit);
  return (jump ? [jump, ...found] : found).slice(0, limit);
}
