// Tagged-PDF helpers: content goes into structure elements (H1, P, L/LI, Table, Figure…); decoration into artifacts.

/** Draws `draw` as an artifact (banners, footers, rules, borders): readers and screen readers skip it. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: 'Pagination' | 'Layout' = 'Pagination'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** Adds a `type` element under `parent` whose content is what `draw` paints; returns it, ended. */
export function tag(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  draw: () => void,
  options: { alt?: string; lang?: string } = {},
): PDFKit.PDFStructureElement {
  const el = doc.struct(type, options);
  parent.add(el);
  el.add(draw);
  el.end();
  return el;
}

/** Adds an empty-for-now grouping element (Sect, L, Table, TR…) under `parent`; the caller ends it. */
export function group(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, type: string, options: { alt?: string; lang?: string } = {}): PDFKit.PDFStructureElement {
  const el = doc.struct(type, options);
  parent.add(el);
  return el;
}
