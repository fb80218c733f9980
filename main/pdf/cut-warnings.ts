// Words the warnings for texts an export printed cut, placed in the pack (the CLI prints them, the dialog lists them).
import type { CutField, FieldPath } from '../model/export-warnings';
import { formatPath, type Problem } from '../model/problems';
import type { PlaceWarning } from '../briefing/place-warnings';

const start = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

const notLanguage = (k: string | number): boolean => k !== 'en' && k !== 'es' && k !== 'text';

/**
 * Where a left-out text sits: its list (`topics[0].slides[2].left.bullets`) and the point in it, without the language
 * (`left.bullets[4]`, `bullets[2].bullets[1]`); a text outside a slide (a run sheet's row) is a list of its own.
 */
function leftOutPlace(path: FieldPath): { list: string; point: string } {
  if (path[0] !== 'topics' || path[2] !== 'slides') return { list: formatPath(path), point: formatPath(path.filter(notLanguage)) };
  const inSlide = path.slice(4).filter(notLanguage);
  const at = inSlide.findIndex((k) => typeof k === 'number');
  return { list: formatPath([...path.slice(0, 4), ...(at < 0 ? inSlide : inSlide.slice(0, at))]), point: formatPath(inSlide) };
}

/**
 * One warning per field cut with "…", at the field; one per list for the points it left out, at the first of them
 * (a forty-point list is one line, not forty); a text the pack does not hold, at the top naming its start.
 */
export function cutWarnings(cuts: readonly CutField[], place: PlaceWarning, layout: string): Problem[] {
  const out: Problem[] = [];
  const lists = new Map<string, { first: FieldPath; points: string[] }>();
  for (const c of cuts) {
    if (!c.path) out.push(place([], `"${start(c.text)}" does not fit its box in the ${layout} PDF and is printed ${c.leftOut ? 'left out' : 'cut with "…"'}`));
    else if (!c.leftOut) out.push(place(c.path, `does not fit its box in the ${layout} PDF and is printed cut with "…"; shorten it`));
    else {
      const { list: key, point } = leftOutPlace(c.path);
      const list = lists.get(key) ?? { first: c.path, points: [] };
      lists.set(key, list);
      if (!list.points.includes(point)) list.points.push(point);
    }
  }
  for (const { first, points } of lists.values()) {
    const what = points.length === 1 ? `point ${points[0]} is` : `points ${points.join(', ')} are`;
    out.push(place(first, `${what} left out of the ${layout} PDF for want of room (the page says how many are left out); shorten the list or split it`));
  }
  return out;
}
