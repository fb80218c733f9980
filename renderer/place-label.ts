// Where a slide is, in words: one deck-wide number (the one digits+Enter, search and the overview use), with the
// topic's own count as a secondary label, so "slide 9" means the same slide in every view.
import type { Briefing, Lang } from '../main/model/schema';
import { positionInRun, positionInTopic, type Place } from '../main/model/flow';
import { t } from './i18n';

/** "Slide 9 of 17 · Topic 2, 3 of 4" (a backup slide: "Backup slide · Topic 2"); '' for a place that does not exist. */
export function placeLabel(briefing: Briefing, place: Place, lang: Lang): string {
  if (!briefing.topics[place.topic]?.slides[place.slide]) return '';
  const run = positionInRun(briefing, place);
  const topic = positionInTopic(briefing, place);
  if (run.n === null || topic.n === null) return t('backupPlace', lang, { topic: place.topic + 1 });
  return t('slidePlace', lang, { n: run.n, m: run.m, topic: place.topic + 1, k: topic.n, j: topic.m });
}

/** The secondary label alone, "Topic 2, 3 of 4", where the deck-wide number is shown beside it; '' for a backup slide. */
export function topicPlaceLabel(briefing: Briefing, place: Place, lang: Lang): string {
  const topic = positionInTopic(briefing, place);
  return topic.n === null ? '' : t('topicPlace', lang, { topic: place.topic + 1, k: topic.n, j: topic.m });
}
