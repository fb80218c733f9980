// What counts as a collision on an exported page, from its word boxes: words over words, a word across a banner's
// edge, and anything but the footer's own line inside the footer band (below the footer rule).
import { footerBand } from '../../../main/pdf/page-frame';
import { BANNER } from '../../../main/pdf/theme';
import { crossing, inBand, overprinted, type PageWords } from './word-boxes';

/** Every collision on the page, as readable strings; `hasBanner` when the export carries a classification. */
export function frameProblems(p: PageWords, hasBanner: boolean): string[] {
  const band = footerBand({ width: p.width, height: p.height }, hasBanner);
  const out = [...overprinted(p), ...crossing(p, band.rule, 'footer rule')];
  // The footer's own words sit on its one line of text; anything else below the rule is content in the footer.
  out.push(...inBand(p, band.rule, band.bottom, 'footer band', (w) => Math.abs(w.y0 - band.text) < 2));
  if (hasBanner) {
    out.push(...crossing(p, BANNER, 'top banner'), ...crossing(p, p.height - BANNER, 'bottom banner'));
    const banner = (w: { y0: number; y1: number }): boolean => w.y1 <= BANNER + 0.5 || w.y0 >= p.height - BANNER - 0.5;
    out.push(...inBand(p, 0, BANNER, 'top banner', banner), ...inBand(p, p.height - BANNER, p.height, 'bottom banner', banner));
  }
  return out;
}
