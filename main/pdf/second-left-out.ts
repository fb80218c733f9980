// The notice at the top of a page whose slide miniatures leave the second language out because it would print too
// small to read (thumbnail.ts showsSecondLanguage): the reader is told, in each language, rather than left to guess.
import { FONT } from './fonts';
import type { DrawEnv } from './layout';
import { group, inLanguage } from './tagging';
import { COLOR } from './theme';
import { secondLeftOut } from './words';

/** Height the notice takes above the content area, in points: two lines of 7 pt italic. */
export const NOTICE_ROOM = 22;

/** Draws the notice in the band above env.area (below any banner), one line per language, as a paragraph. */
export function drawSecondLeftOut(env: DrawEnv): void {
  const { doc, area, lang, lang2 } = env;
  if (!lang2) return;
  const p = group(doc, env.root, 'P');
  [lang, lang2].forEach((l, i) => inLanguage(doc, p, lang, l, () => {
    doc.font(FONT.italic).fontSize(7).fillColor(COLOR.muted);
    doc.text(`${secondLeftOut(l, lang2)}${i === 0 ? ' ' : ''}`, area.x, area.y - NOTICE_ROOM - 4 + i * 9.5, { width: area.width, lineBreak: false });
  }));
  p.end();
}
