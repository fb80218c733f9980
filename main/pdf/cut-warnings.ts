// Words the warnings for texts an export printed cut, placed in the pack (the CLI prints them, the dialog lists them).
import type { CutField } from '../model/export-warnings';
import type { Problem } from '../model/problems';
import type { PlaceWarning } from '../briefing/place-warnings';

const start = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** One warning per cut field: at the field when the pack has it, else at the top naming the text's start. */
export function cutWarnings(cuts: readonly CutField[], place: PlaceWarning, layout: string): Problem[] {
  return cuts.map((c) =>
    c.path
      ? place(c.path, c.leftOut
        ? `is left out of the ${layout} PDF for want of room (the page says how many are left out); shorten the list or split it`
        : `does not fit its box in the ${layout} PDF and is printed cut with "…"; shorten it`)
      : place([], `"${start(c.text)}" does not fit its box in the ${layout} PDF and is printed ${c.leftOut ? 'left out' : 'cut with "…"'}`),
  );
}
