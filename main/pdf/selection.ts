// Decides what an export contains: which topics and slides (in the order asked), how sources are numbered and
// which marking the cover and banners carry. Pure functions of the briefing and the options.
import type { Briefing, Lang, Slide, Topic } from '../model/schema';
import { slideTitleRun as titleRun, slideTitleText as titleText } from '../model/slide-title';

export interface TopicGroup { topic: Topic; slides: Slide[] }

export interface Selection {
  groups: TopicGroup[];
  /** Cited source id → its number in the sources appendix (1-based, in order of first citation). */
  citations: Map<string, number>;
  /** The highest marking among the exported slides (meta.markings order), else meta.classification. */
  marking: { text: string; color: string } | undefined;
}

/** A topic id the briefing does not have; the caller words the error. */
export class UnknownTopicError extends Error {
  constructor(readonly unknown: string[], readonly known: string[]) {
    super(`no topic ${unknown.map((u) => `"${u}"`).join(', ')} in this briefing (topics: ${known.join(', ')})`);
  }
}

/**
 * Topics in the order asked (all, in briefing order, when `ids` is undefined) with the slides that are printed:
 * backup slides only when included; topics left with no slides are dropped.
 */
export function selectGroups(briefing: Briefing, ids: string[] | undefined, backup: 'include' | 'exclude'): TopicGroup[] {
  let topics = briefing.topics;
  if (ids !== undefined) {
    const known = briefing.topics.map((t) => t.id);
    const unknown = ids.filter((id) => !known.includes(id));
    if (unknown.length > 0) throw new UnknownTopicError(unknown, known);
    topics = [...new Set(ids)].map((id) => briefing.topics.find((t) => t.id === id) as Topic);
  }
  return topics
    .map((topic) => ({ topic, slides: topic.slides.filter((s) => backup === 'include' || !s.backup) }))
    .filter((g) => g.slides.length > 0);
}

/** Source ids a slide cites: its own `sources`, then its figures' sources, each once. */
export function citedBy(slide: Slide): string[] {
  const ids = [...slide.sources, ...(slide.layout === 'stats' ? slide.stats.flatMap((s) => (s.source ? [s.source] : [])) : [])];
  return [...new Set(ids)];
}

/** Numbers the sources the exported slides cite, in order of first citation; undeclared ids are skipped. */
export function numberCitations(briefing: Briefing, groups: TopicGroup[]): Map<string, number> {
  const declared = new Set(briefing.sources.map((s) => s.id));
  const out = new Map<string, number>();
  for (const g of groups) {
    for (const slide of g.slides) {
      for (const id of citedBy(slide)) if (declared.has(id) && !out.has(id)) out.set(id, out.size + 1);
    }
  }
  return out;
}

/**
 * The marking the cover and every banner show: the highest (last in meta.markings) among the exported slides'
 * markings, a slide without one counting as meta.classification. Without markings, meta.classification itself.
 */
export function highestMarking(briefing: Briefing, groups: TopicGroup[]): { text: string; color: string } | undefined {
  const { markings, classification } = briefing.meta;
  if (!markings || markings.length === 0) return classification;
  let best = -1;
  for (const g of groups) {
    for (const slide of g.slides) {
      const text = slide.classification ?? classification?.text;
      if (text === undefined) continue;
      best = Math.max(best, markings.findIndex((m) => m.text === text));
    }
  }
  const chosen = best >= 0 ? markings[best] : classification;
  return chosen ? { text: chosen.text, color: chosen.color } : undefined;
}

/**
 * Whether an export's pages carry the classification banner: when the export has a marking (`highestMarking`). The
 * slides layout draws by it and validate measures by it (`everyExport`), so both leave the same room for the banner.
 */
export function drawsBanner(selection: Pick<Selection, 'marking'>): boolean {
  return selection.marking !== undefined;
}

/** Every slide of the pack, backup ones included: the widest export, whose banner any narrower export's is at most. */
export function everyExport(briefing: Briefing): Selection {
  return select(briefing, undefined, 'include');
}

export function select(briefing: Briefing, ids: string[] | undefined, backup: 'include' | 'exclude'): Selection {
  const groups = selectGroups(briefing, ids, backup);
  return { groups, citations: numberCitations(briefing, groups), marking: highestMarking(briefing, groups) };
}

/** The words that name a slide in the contents, the outline and the brief: its title, else its quote's speaker
 * (`model/slide-title.ts`), with the language they are written in. */
export function slideTitleRun(slide: Slide, lang: Lang): { text: string; lang: Lang | undefined } {
  return titleRun(slide, lang, 'speaker');
}

export function slideTitle(slide: Slide, lang: Lang): string {
  return titleText(slide, lang, 'speaker');
}
