// What surrounds every page of every layout: classification banners, the footer label and "Page X of Y" — all drawn
// as artifacts, outside the document's structure — and the slide's source line, which is content (a screen-reader
// user hears the source, not only its "[1]").
import type { Lang } from '../model/schema';
import { FONT } from './fonts';
import { PAPER_MARGIN, type Size } from './paginate';
import { artifact, tagRuns, type Run } from './tagging';
import { BANNER, COLOR, FOOTER, MARGIN, PAGE } from './theme';
import { WORDS } from './words';
import { readableOn } from '../model/marking';

/** Kept here too for the cover, which imports it from this module. */
export { readableOn };

export interface Frame {
  page: Size;
  pageNumber: number;
  pageCount: number;
  lang: Lang;
  /** Short label printed bottom-left, e.g. the briefing title. */
  footerLabel: string;
  classification?: { text: string; color: string } | undefined;
  /** Full-bleed dark pages (title, section slides; the cover) take light footer text. */
  dark?: boolean | undefined;
}

/** The vertical band left for slide content between the banners (top) and the footer (bottom), on a slides page. */
export function contentBand(hasBanner: boolean): { top: number; bottom: number } {
  const b = hasBanner ? BANNER : 0;
  return { top: b, bottom: PAGE.height - b - FOOTER };
}

export function drawFrame(doc: PDFKit.PDFDocument, f: Frame): void {
  artifact(doc, () => footer(doc, f));
  if (f.classification) artifact(doc, () => banners(doc, f.page, f.classification as { text: string; color: string }));
}

/**
 * Where the footer sits on a page, in points from the top: its rule (`rule`), the baseline box of its text (`text`)
 * and the band's bottom (above the bottom banner). 16:9 slides pages set it in the deck's sizes, paper in smaller.
 * Nothing but the footer may reach below `rule`.
 */
export function footerBand(page: Size, hasBanner: boolean): { rule: number; text: number; bottom: number; margin: number; size: number; numberWidth: number } {
  const bottom = page.height - (hasBanner ? BANNER : 0);
  if (page.width > page.height) {
    const top = bottom - FOOTER;
    return { rule: top + 14, text: top + 20, bottom, margin: MARGIN, size: 10, numberWidth: 150 };
  }
  return { rule: bottom - 34, text: bottom - 28, bottom, margin: PAPER_MARGIN, size: 8.5, numberWidth: 110 };
}

/** The rule, the footer label bottom-left and "Page X of Y" bottom-right, in light ink on dark slides. */
function footer(doc: PDFKit.PDFDocument, f: Frame): void {
  const band = footerBand(f.page, f.classification !== undefined);
  const width = f.page.width - 2 * band.margin;
  const ink = footerInk(f.dark);
  const lineH = band.size * 1.4;
  doc.moveTo(band.margin, band.rule).lineTo(f.page.width - band.margin, band.rule).lineWidth(0.5).strokeColor(f.dark ? COLOR.navyLight : COLOR.rule).stroke();
  doc.font(FONT.regular).fontSize(band.size).fillColor(ink);
  doc.text(f.footerLabel, band.margin, band.text, { width: width - band.numberWidth - 10, height: lineH, ellipsis: true, lineBreak: false });
  doc.font(FONT.semibold).fontSize(band.size).fillColor(ink);
  doc.text(WORDS[f.lang].page(f.pageNumber, f.pageCount), f.page.width - band.margin - band.numberWidth, band.text, { width: band.numberWidth, height: lineH, align: 'right', lineBreak: false });
}

const footerInk = (dark: boolean | undefined): string => (dark ? '#c9d3e0' : COLOR.muted);

/**
 * The "Source: …" line above a slides page's footer rule, as a P under `parent` (each run in its own language);
 * `hasBanner` and `dark` as for the frame of that page.
 */
export function drawSourceLine(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, lang: Lang, runs: Run[], page: Size, hasBanner: boolean, dark: boolean | undefined): void {
  const band = footerBand(page, hasBanner);
  doc.font(FONT.regular).fontSize(10).fillColor(footerInk(dark));
  tagRuns(doc, parent, 'P', lang, runs, MARGIN, band.rule - 18, { width: page.width - 2 * MARGIN, height: 14, ellipsis: true, lineBreak: false });
}

function banners(doc: PDFKit.PDFDocument, page: Size, c: { text: string; color: string }): void {
  for (const y of [0, page.height - BANNER]) {
    doc.rect(0, y, page.width, BANNER).fill(c.color);
    doc.font(FONT.bold).fontSize(9).fillColor(readableOn(c.color));
    doc.text(c.text.toUpperCase(), 0, y + 3.5, { width: page.width, height: BANNER, align: 'center', lineBreak: false });
  }
}
