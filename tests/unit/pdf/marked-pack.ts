// The every-layout pack with speaker notes holding a word found nowhere else, and ranked markings on some slides.
import type { Briefing } from '../../../main/model/schema';
import { allLayouts } from './all-layouts';

/** A word that appears only in speaker notes: it must never reach an audience export. */
export const NOTE_WORD = 'Quokkasecret';

export const MARKINGS = [
  { text: 'Unclassified', color: '#007a33' },
  { text: 'CUI', color: '#502b85' },
  { text: 'Restricted', color: '#c8102e' },
];

/** Slide `trade` is CUI (the highest exported by default); the backup slide is Restricted. */
export function markedPack(): Briefing {
  const b = allLayouts();
  b.meta.markings = MARKINGS;
  for (const t of b.topics) {
    for (const s of t.slides) {
      s.notes = { en: `${NOTE_WORD} says ${s.id}`, es: `${NOTE_WORD} dice ${s.id}` };
      if (s.id === 'trade') s.classification = 'CUI';
      if (s.id === 'spare') s.classification = 'Restricted';
    }
  }
  return b;
}

/** Titles as the outline and contents name them, topic by topic (backup slides excluded). */
export const OUTLINE = [
  { title: 'Opening', kids: ['Every layout', 'Part one', 'Many points'] },
  { title: 'Figures', kids: ['Six figures', 'Trade', 'A quote'] },
  { title: 'More', kids: ['Timeline', 'A map', 'Side by side'] },
];
