// The small pack the flow, navigation, show and numbering tests walk: two or three topics of one-line bullet slides,
// with backup slides at a topic's end (a) and at its start (b), so that every rule about the flow meets both.
import { Briefing } from '../../main/model/schema';
import type { Lang } from '../../main/model/schema';

/** A bullets slide whose title is its id; `backup` holds it out of the flow. */
export const bulletsSlide = (id: string, backup = false) => ({ id, layout: 'bullets', title: id, bullets: ['x'], backup });

/**
 * Topics a (a1, a2, a-backup) and b (b-backup, b1, b2), then c (c1) unless `topics: 2`; the pack's languages are
 * `languages` (default: the schema's default, English only).
 */
export function flowPack(options: { topics?: 2 | 3; languages?: Lang[] } = {}): Briefing {
  const { topics = 3, languages } = options;
  return Briefing.parse({
    puente: 1,
    meta: { title: 'T', organization: 'O', ...(languages ? { languages } : {}) },
    topics: [
      { id: 'a', title: 'A', slides: [bulletsSlide('a1'), bulletsSlide('a2'), bulletsSlide('a-backup', true)] },
      { id: 'b', title: 'B', slides: [bulletsSlide('b-backup', true), bulletsSlide('b1'), bulletsSlide('b2')] },
      ...(topics === 3 ? [{ id: 'c', title: 'C', slides: [bulletsSlide('c1')] }] : []),
    ],
  });
}
