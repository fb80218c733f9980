// The PDF outline: one bookmark per topic, pointing at the topic's first page.

/** Adds a top-level bookmark for the page being drawn now. */
export function bookmarkTopic(doc: PDFKit.PDFDocument, title: string): void {
  doc.outline.addItem(title);
}
