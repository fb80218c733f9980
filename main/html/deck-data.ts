// What the HTML deck carries: the briefing as exported (notes only when asked), its pictures as data URLs and the
// show it opens on; and the one safe way to put that into a <script> element of the page.
import type { Briefing } from '../model/schema';
import type { ShowState } from '../model/show';
import type { SlideGeometry } from '../model/slide-geometry';

/** The id of the `<script type="application/json">` element holding the DeckData. */
export const DECK_DATA_ID = 'puente-deck-data';

export interface DeckData {
  /** The briefing with only the exported topics and slides; speaker notes removed unless `notes`. */
  briefing: Briefing;
  /** What the deck calls the pack (its folder name). */
  name: string;
  /** Image path as written in the pack → `data:` URL. */
  images: Record<string, string>;
  /** Where the deck opens: the agenda, in the exported language, bilingual for `both`, the tailored run. */
  show: ShowState;
  /** True when the deck holds speaker notes (the presenter view, key P, shows them). */
  notes: boolean;
  /**
   * Every slide's geometry in each way the deck can show it (each language, and bilingual both ways), by
   * geometryKey: the page has no font measurer, so it draws the layout the exporter computed.
   */
  geometry?: Record<string, SlideGeometry> | undefined;
}

/**
 * JSON that can sit inside a `<script>` element whatever the pack says: `<`, `>` and `&` (so `</script>` and
 * `<!--` cannot end or change the element), and U+2028/U+2029 are written as \u escapes, which JSON.parse reads back
 * as the same characters.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
