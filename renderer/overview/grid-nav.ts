// Makes it possible to move the selection around the overview grid with the arrow keys, Home and End.
import type { Place } from '../../main/model/flow';

/**
 * Where a key moves the selection in a grid whose rows hold `rows[i]` slides; null for a key that does not move it.
 * Right/Left wrap across rows; Down/Up keep the column as near as the next row allows; empty rows are passed over.
 */
export function moveInOverview(rows: readonly number[], at: Place, key: string): Place | null {
  const filled = rows.flatMap((n, topic) => (n > 0 ? [topic] : []));
  const first = filled[0];
  const last = filled.at(-1);
  if (first === undefined || last === undefined) return null;
  const size = (topic: number) => rows[topic] ?? 0;
  const clamp = (topic: number, slide: number): Place => ({ topic, slide: Math.max(0, Math.min(slide, size(topic) - 1)) });
  const nextRow = filled.find((t) => t > at.topic);
  const previousRow = filled.findLast((t) => t < at.topic);

  switch (key) {
    case 'ArrowRight':
      if (at.slide + 1 < size(at.topic)) return { topic: at.topic, slide: at.slide + 1 };
      return nextRow === undefined ? clamp(at.topic, at.slide) : { topic: nextRow, slide: 0 };
    case 'ArrowLeft':
      if (at.slide > 0 && size(at.topic) > 0) return clamp(at.topic, at.slide - 1);
      return previousRow === undefined ? clamp(at.topic, at.slide) : { topic: previousRow, slide: size(previousRow) - 1 };
    case 'ArrowDown':
      return nextRow === undefined ? clamp(at.topic, at.slide) : clamp(nextRow, at.slide);
    case 'ArrowUp':
      return previousRow === undefined ? clamp(at.topic, at.slide) : clamp(previousRow, at.slide);
    case 'Home':
      return { topic: first, slide: 0 };
    case 'End':
      return { topic: last, slide: size(last) - 1 };
    default:
      return null;
  }
}
