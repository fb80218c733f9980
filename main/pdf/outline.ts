// The PDF outline (bookmarks): one per topic, with one per slide nested under it, each pointing at its page.
import type { Anchor } from './layout';

/** Returns a function that bookmarks an anchor on the page being drawn now; untitled anchors get no bookmark. */
export function bookmarker(doc: PDFKit.PDFDocument): (anchor: Anchor) => void {
  let topic: PDFKit.PDFOutline | undefined;
  return (a) => {
    if (a.title === '') return;
    if (a.level === 0) topic = doc.outline.addItem(a.title);
    else (topic ?? doc.outline).addItem(a.title);
  };
}
