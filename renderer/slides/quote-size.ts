// Picks the quote's type size from its length, so a long quotation still fits the 1280×720 stage with its caption.

/** Font size in stage pixels: large for a short quote, down to a floor that stays readable from the back row. */
export function quoteFontSize(chars: number): number {
  if (chars <= 140) return 50;
  if (chars <= 220) return 42;
  if (chars <= 300) return 36;
  if (chars <= 400) return 31;
  return 27;
}

const LADDER = [50, 42, 36, 31, 27, 24];
const MEASURE = 1040; // the quote's line length in stage pixels
const CHAR_EM = 0.5; // Source Sans' average character width, italic and roman alike
const LINE = 1.3;
const SECONDARY_RATIO = 0.6;
const SECONDARY_FLOOR = 20;

/** Estimated height in stage pixels of `chars` characters set at `size` across the quote's measure. */
function blockHeight(chars: number, size: number): number {
  return Math.ceil((chars * size * CHAR_EM) / MEASURE) * size * LINE;
}

export interface QuoteSizes {
  primary: number;
  secondary: number;
}

/**
 * Sizes for a quote shown with its translation beneath: the largest primary size at which both blocks fit the room
 * left under the title (if any) and above the attribution; the translation about 60 % of it, never below 20 px.
 */
export function bilingualQuoteSizes(primaryChars: number, secondaryChars: number, hasTitle: boolean): QuoteSizes {
  const room = hasTitle ? 280 : 380;
  const sizes = (primary: number): QuoteSizes => ({
    primary,
    secondary: Math.max(SECONDARY_FLOOR, Math.round(primary * SECONDARY_RATIO)),
  });
  for (const primary of LADDER) {
    const s = sizes(primary);
    const gap = s.secondary; // the space between quote and translation
    if (blockHeight(primaryChars, s.primary) + gap + blockHeight(secondaryChars, s.secondary) <= room) return s;
  }
  return sizes(LADDER[LADDER.length - 1] ?? 24);
}
