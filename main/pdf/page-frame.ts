// What surrounds every slide page: classification banners, the source line and the page number.
import { FONT } from './fonts';
import { BANNER, COLOR, FOOTER, MARGIN, PAGE } from './theme';

export interface Frame {
  pageNumber: number;
  pageCount: number;
  /** Short label printed bottom-left, e.g. the briefing title. */
  footerLabel: string;
  classification?: { text: string; color: string } | undefined;
  /** "Source: …" line, when the slide cites sources. */
  sourceLine?: string | undefined;
  /** Full-bleed dark slides (title, section) take light footer text. */
  dark: boolean;
}

/** The vertical band left for slide content between the banners (top) and the footer (bottom). */
export function contentBand(hasBanner: boolean): { top: number; bottom: number } {
  const b = hasBanner ? BANNER : 0;
  return { top: b, bottom: PAGE.height - b - FOOTER };
}

export function drawFrame(doc: PDFKit.PDFDocument, f: Frame): void {
  const b = f.classification ? BANNER : 0;
  const footerY = PAGE.height - b - FOOTER;
  const light = f.dark ? '#c9d3e0' : COLOR.muted;

  if (f.sourceLine) {
    doc.font(FONT.regular).fontSize(10).fillColor(light);
    doc.text(f.sourceLine, MARGIN, footerY - 4, { width: PAGE.width - 2 * MARGIN, height: 14, ellipsis: true, lineBreak: false });
  }
  doc.moveTo(MARGIN, footerY + 14).lineTo(PAGE.width - MARGIN, footerY + 14).lineWidth(0.5).strokeColor(f.dark ? COLOR.navyLight : COLOR.rule).stroke();
  doc.font(FONT.regular).fontSize(10).fillColor(light);
  doc.text(f.footerLabel, MARGIN, footerY + 20, { width: PAGE.width / 2, height: 14, ellipsis: true, lineBreak: false });
  doc.font(FONT.semibold).fontSize(10).fillColor(light);
  doc.text(`${f.pageNumber} / ${f.pageCount}`, PAGE.width - MARGIN - 100, footerY + 20, { width: 100, height: 14, align: 'right', lineBreak: false });

  if (f.classification) {
    for (const y of [0, PAGE.height - BANNER]) {
      doc.rect(0, y, PAGE.width, BANNER).fill(f.classification.color);
      doc.font(FONT.bold).fontSize(9).fillColor('#ffffff');
      doc.text(f.classification.text.toUpperCase(), 0, y + 3.5, { width: PAGE.width, height: BANNER, align: 'center', lineBreak: false });
    }
  }
}
