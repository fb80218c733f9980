// The strings a pack shows, and how the fidelity tests compare them with what a PDF or the screen gives back
// (tests/unit/pdf/fidelity.test.ts, tests/e2e/fidelity.spec.ts).
import type { Lang, Slide, Text } from '../main/model/schema';
import { visibleText } from '../main/model/unicode';

const SHY = '\u00AD';

/** Each wording of `text` printed in `langs`. */
export const wordings = (text: Text | undefined, langs: Lang[]): string[] => {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return langs.flatMap((l) => (text[l] === undefined ? [] : [text[l] as string]));
};

/** The texts a slide shows (not its alt text, which is tagging; not its notes, which only the notes layout prints). */
export function slideTexts(s: Slide): (Text | undefined)[] {
  const bullets = (list: (Text | { text: Text; bullets: Text[] })[]) => list.flatMap((b) => (typeof b === 'object' && 'text' in b ? [b.text, ...b.bullets] : [b]));
  switch (s.layout) {
    case 'title': return [s.title, s.subtitle, s.kicker];
    case 'section': return [s.title, s.subtitle];
    case 'bullets': return [s.title, s.lead, ...bullets(s.bullets)];
    case 'stats': return [s.title, s.lead, ...s.stats.flatMap((x) => [x.value, x.label])];
    case 'quote': return [s.title, s.quote, s.attribution, s.role];
    case 'chart': return [s.title, s.lead, s.caption, s.chart.unit, ...s.chart.bars.map((b) => b.label)];
    case 'timeline': return [s.title, ...s.events.flatMap((e) => [e.when, e.text])];
    case 'image': return [s.title, s.caption];
    case 'two-column': return [s.title, s.left.heading, ...bullets(s.left.bullets), s.right.heading, ...bullets(s.right.bullets)];
  }
}

/** Text as compared: what a reader sees, without case or white space (line breaks fall anywhere). */
export const squash = (s: string): string => visibleText(s).toLowerCase().replace(/\s+/g, '');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `extracted` holds `expected`; a soft hyphen may show as "-" where the line broke at it. */
export function holds(extracted: string, expected: string): boolean {
  const parts = expected.normalize('NFC').split(SHY).map((p) => escape(squash(p)));
  return new RegExp(parts.join('-?')).test(extracted);
}

