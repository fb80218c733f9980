// Classification markings as a slide carries them: which marking a slide shows, and the ink its banner is set in.
// One rule for the screen's banners and the PDF's.
import type { Briefing, Slide } from './schema';

export interface Marking {
  text: string;
  /** "#rrggbb" */
  color: string;
}

/** The slide's own marking (one of `meta.markings`, by its text), else the briefing's classification; none without either. */
export function markingOf(meta: Briefing['meta'], slide: Slide | null): Marking | undefined {
  const own = slide?.classification;
  const found = own ? meta.markings?.find((m) => m.text === own) : undefined;
  const chosen = found ?? meta.classification;
  return chosen ? { text: chosen.text, color: chosen.color } : undefined;
}

/** White on dark banner colours, near-black on light ones (e.g. a yellow marking); `hex` is "#rrggbb". */
export function readableOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 160 ? '#111111' : '#ffffff';
}
