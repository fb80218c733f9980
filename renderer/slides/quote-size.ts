// Picks the quote's type size from its length, so a long quotation still fits the 1280×720 stage with its caption.

/** Font size in stage pixels: large for a short quote, down to a floor that stays readable from the back row. */
export function quoteFontSize(chars: number): number {
  if (chars <= 140) return 50;
  if (chars <= 220) return 42;
  if (chars <= 300) return 36;
  if (chars <= 400) return 31;
  return 27;
}
