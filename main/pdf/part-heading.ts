// The heading that opens a part of the document after the cover — "Contents", "Sources" — set alike in every layout,
// in each exported language ("Contents / Índice"), each word tagged in its own.
import type { Box } from './paginate';
import type { DrawEnv } from './layout';
import { FONT } from './fonts';
import { tagRuns } from './tagging';
import { COLOR } from './theme';
import { labelRuns } from './words';

/** Height the heading takes above the part's first entry, in points: larger on 16:9 slides pages. */
export const partHeadingHeight = (area: Box): number => (area.width > 600 ? 52 : 40);

/** Draws the part's H1 at `top` (points from the page top) across env.area. */
export function drawPartHeading(env: DrawEnv, key: 'contents' | 'sources', top: number): void {
  const { doc, area } = env;
  doc.font(FONT.bold).fontSize(area.width > 600 ? 28 : 20).fillColor(COLOR.navy);
  tagRuns(doc, env.root, 'H1', env.lang, labelRuns(key, env.lang, env.lang2), area.x, top, { width: area.width, height: partHeadingHeight(area), lineBreak: false });
}
