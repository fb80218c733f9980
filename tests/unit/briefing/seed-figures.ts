// Every figure of the bundled briefing's source (the Governor's office press release), with the source's own
// qualifier, as it must read in English and in Spanish: shared by the content test and the PDF test.

/** A case-insensitive pattern for `words`, allowing any line break or run of spaces between words and after a hyphen. */
function phrase(words: string): RegExp {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '-\\s?').replace(/ /g, '\\s+');
  return new RegExp(escaped, 'i');
}

export interface SeedFigure {
  /** The figure as the source says it. */
  name: string;
  en: RegExp;
  es: RegExp;
}

export const SEED_FIGURES: SeedFigure[] = [
  { name: 'over 400 servicemembers deployed', en: phrase('Over 400 servicemembers'), es: phrase('Más de 400 elementos') },
  { name: 'an estimated 32% reassigned', en: phrase('an estimated 32%'), es: phrase('estima que el 32%') },
  { name: 'over 35,065 pounds of fentanyl', en: phrase('Over 35,065 lb'), es: phrase('Más de 35,065 lb') },
  { name: 'more than 51.8 million pills', en: phrase('More than 51.8 million'), es: phrase('Más de 51.8 millones') },
  { name: 'more than $498.4 million street value', en: phrase('More than $498.4 million'), es: phrase('Más de US$498.4 millones') },
  { name: 'seizures since 2021', en: phrase('since 2021'), es: phrase('desde 2021') },
  { name: 'over 300 Cal Guard members in Task Force Rattlesnake', en: phrase('over 300 Cal Guard members'), es: phrase('más de 300 elementos') },
  { name: 'nearly 40 percent identify as Latino/Hispanic', en: phrase('Nearly 40%'), es: phrase('Casi 40%') },
  { name: 'more than 13,800 jobs', en: phrase('more than 13,800'), es: phrase('más de 13,800') },
  { name: 'Mexico $97.8 billion', en: phrase('$97.8 billion'), es: phrase('97.8 mil millones de dólares') },
  { name: 'China $137.9 billion', en: phrase('$137.9 billion'), es: phrase('137.9 mil millones de dólares') },
  { name: 'Mexico ranks 2nd in two-way trade', en: phrase('ranks second'), es: phrase('segundo lugar') },
  { name: 'a 140-mile border', en: phrase('140-mile'), es: phrase('140 millas') },
  { name: 'seven memorandums of understanding', en: phrase('seven memorandums of understanding'), es: phrase('siete memorandos de entendimiento') },
  { name: 'memorandums since 2019', en: phrase('since 2019'), es: phrase('desde 2019') },
];
