// Tells an export which texts it printed shorter than the author wrote, so it can say so (CLI, Export dialog) and
// `--strict` can refuse: every cut in a PDF is either made by fit-text.ts (which reports it here) or by pdfkit's own
// `ellipsis` option on a box of fixed height (caught here by measuring the text against that box).

/** How a text was shortened: cut with "…", or left out whole (a list's last points, the slide saying how many). */
export type CutHow = 'cut' | 'left-out';

type Reporter = (text: string, how: CutHow) => void;
const reporters = new WeakMap<PDFKit.PDFDocument, Reporter>();
/** Shortened texts the fitting code made, each with the author's texts it stands for (most fits are only tried). */
const pieces = new WeakMap<PDFKit.PDFDocument, Map<string, string[]>>();

/**
 * Called by the fitting code when it makes `shown` by shortening the author's `sources` (or leaving one out): the
 * cut is reported only if `shown` is then drawn, since layouts try several sizes before they draw one.
 */
export function notePiece(doc: PDFKit.PDFDocument, shown: string, ...sources: string[]): void {
  if (!reporters.has(doc)) return;
  let known = pieces.get(doc);
  if (!known) pieces.set(doc, (known = new Map()));
  known.set(shown, [...new Set([...(known.get(shown) ?? []), ...sources])]);
}

/** Called by a layout that prints the author's `text` shortened (`how`), the reader told so ("…", "+N more"). */
export function reportCut(doc: PDFKit.PDFDocument, text: string, how: CutHow): void {
  reporters.get(doc)?.(text, how);
}

interface TextOptions { width?: number; height?: number; ellipsis?: unknown; lineBreak?: boolean; lineGap?: number; characterSpacing?: number }

/**
 * Reports to `report` every text `doc` prints cut: each drawn piece noted by notePiece, and each `doc.text(…, { ellipsis, height })`
 * whose text is taller than its box. A document without a watcher reports nothing.
 */
export function watchCuts(doc: PDFKit.PDFDocument, report: Reporter): void {
  reporters.set(doc, report);
  const text = doc.text.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  (doc as unknown as { text: (...args: unknown[]) => PDFKit.PDFDocument }).text = (...args: unknown[]) => {
    const [value] = args;
    if (typeof value === 'string') for (const source of pieces.get(doc)?.get(value) ?? []) report(source, 'cut');
    const last = args.at(-1);
    const o = (args.length > 1 && typeof last === 'object' && last !== null ? last : {}) as TextOptions;
    // pdfkit cuts only text it wraps (with lineBreak: false it neither wraps nor cuts).
    if (o.ellipsis && o.lineBreak !== false && o.height !== undefined && o.width !== undefined && typeof value === 'string' && value.trim() !== '') {
      const height = measureAside(doc, () => doc.heightOfString(value, { width: o.width, lineGap: o.lineGap ?? 0, characterSpacing: o.characterSpacing ?? 0 }));
      if (height > o.height + 0.5) report(value, 'cut');
    }
    return text(...args);
  };
}

/** pdfkit's state of a `continued` flow of text (pdfkit 0.20, js/pdfkit.js `_text`). */
interface ContinuedState { _wrapper: unknown; _textOptions: unknown }

/**
 * Runs a measure with any `continued` flow set aside: pdfkit's heightOfString goes through the pending flow's line
 * wrapper, which draws what it measures and ends the flow, so the next run of a bilingual heading was drawn twice.
 */
function measureAside<T>(doc: PDFKit.PDFDocument, measure: () => T): T {
  const state = doc as unknown as ContinuedState;
  const { _wrapper: wrapper, _textOptions: options } = state;
  state._wrapper = null;
  state._textOptions = null;
  try {
    return measure();
  } finally {
    state._wrapper = wrapper;
    state._textOptions = options;
  }
}
