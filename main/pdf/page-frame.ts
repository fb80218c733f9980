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
  artifact(doc, () => (f.page.width > f.page.height ? slideFooter(doc, f) : paperFooter(doc, f)));
  if (f.classification) artifact(doc, () => banners(doc, f.page, f.classification as { text: string; color: string }));
}

function slideFooter(doc: PDFKit.PDFDocument, f: Frame): void {
  const b = f.classification ? BANNER : 0;
  const footerY = f.page.height - b - FOOTER;
  const light = footerInk(f.dark);
  const width = f.page.width - 2 * MARGIN;
  doc.moveTo(MARGIN, footerY + 14).lineTo(f.page.width - MARGIN, footerY + 14).lineWidth(0.5).strokeColor(f.dark ? COLOR.navyLight : COLOR.rule).stroke();
  doc.font(FONT.regular).fontSize(10).fillColor(light);
  doc.text(f.footerLabel, MARGIN, footerY + 20, { width: width - 160, height: 14, ellipsis: true, lineBreak: false });
  doc.font(FONT.semibold).fontSize(10).fillColor(light);
  doc.text(WORDS[f.lang].page(f.pageNumber, f.pageCount), f.page.width - MARGIN - 150, footerY + 20, { width: 150, height: 14, align: 'right', lineBreak: false });
}

const footerInk = (dark: boolean | undefined): string => (dark ? '#c9d3e0' : COLOR.muted);

/**
 * The "Source: …" line above a slides page's footer rule, as a P under `parent` (each run in its own language);
 * `hasBanner` and `dark` as for the frame of that page.
 */
export function drawSourceLine(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, lang: Lang, runs: Run[], page: Size, hasBanner: boolean, dark: boolean | undefined): void {
  const footerY = page.height - (hasBanner ? BANNER : 0) - FOOTER;
  doc.font(FONT.regular).fontSize(10).fillColor(footerInk(dark));
  tagRuns(doc, parent, 'P', lang, runs, MARGIN, footerY - 4, { width: page.width - 2 * MARGIN, height: 14, ellipsis: true, lineBreak: false });
}

function paperFooter(doc: PDFKit.PDFDocument, f: Frame): void {
  const b = f.classification ? BANNER : 0;
  const y = f.page.height - b - 28;
  const width = f.page.width - 2 * PAPER_MARGIN;
  doc.moveTo(PAPER_MARGIN, y - 6).lineTo(f.page.width - PAPER_MARGIN, y - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
  doc.text(f.footerLabel, PAPER_MARGIN, y, { width: width - 110, height: 12, ellipsis: true, lineBreak: false });
  doc.font(FONT.semibold).fontSize(8.5).fillColor(COLOR.muted);
  doc.text(WORDS[f.lang].page(f.pageNumber, f.pageCount), f.page.width - PAPER_MARGIN - 110, y, { width: 110, height: 12, align: 'right', lineBreak: false });
}

function banners(doc: PDFKit.PDFDocument, page: Size, c: { text: string; color: string }): void {
  for (const y of [0, page.height - BANNER]) {
    doc.rect(0, y, page.width, BANNER).fill(c.color);
    doc.font(FONT.bold).fontSize(9).fillColor(readableOn(c.color));
    doc.text(c.text.toUpperCase(), 0, y + 3.5, { width: page.width, height: BANNER, align: 'center', lineBreak: false });
  }
}
