// Tagged-PDF helpers: content goes into structure elements (H1, P, L/LI, Table, Figure…); decoration into artifacts;
// every run of text in another language than its element's goes into a Span with its own /Lang (PDF/UA-1 §7.2,
// ISO 32000-1 §14.9.2), so a screen reader pronounces Spanish as Spanish in a bilingual handout.
import type { Lang } from '../model/schema';

/** Structure element options: pdfkit 0.20's (its `scope` writes the Table attribute /Scope on TH cells). */
export interface TagOptions {
  alt?: string;
  lang?: string | undefined;
  scope?: 'Row' | 'Column' | 'Both';
}

/**
 * A piece of text and the language the pack says it is written in. No language: language-neutral (a number, a
 * name, a URL, punctuation), read in the language of the element around it.
 */
export interface Run { text: string; lang?: Lang | undefined }

/** The runs' text joined, as measured and as a reader would copy it. */
export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/**
 * The runs cut down to `shown`, the joined text as fitted (a prefix, perhaps ending in "…" where it was cut): each
 * run keeps the part of it that is shown, the "…" stays with the run it cuts.
 */
export function clipRuns(runs: readonly Run[], shown: string): Run[] {
  if (shown === runsText(runs)) return [...runs];
  const out: Run[] = [];
  let at = 0;
  for (const r of runs) {
    if (at >= shown.length) break;
    const end = at + r.text.length;
    const last = end >= shown.length || shown.slice(at, end) !== r.text;
    out.push({ ...r, text: last ? shown.slice(at) : r.text });
    if (last) break;
    at = end;
  }
  return out;
}

/** Draws `draw` as an artifact (banners, footers, rules, borders): readers and screen readers skip it. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: 'Pagination' | 'Layout' = 'Pagination'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

function struct(doc: PDFKit.PDFDocument, type: string, options: TagOptions): PDFKit.PDFStructureElement {
  const { lang, ...rest } = options;
  // pdfkit's typings lack `scope`; pdfkit 0.20 itself writes it as /A << /O /Table /Scope … >>.
  return doc.struct(type, { ...rest, ...(lang ? { lang } : {}) } as PDFKit.Mixins.StructureElementOptions);
}

/** Adds a `type` element under `parent` whose content is what `draw` paints; returns it, ended. */
export function tag(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  draw: () => void,
  options: TagOptions = {},
): PDFKit.PDFStructureElement {
  const el = struct(doc, type, options);
  parent.add(el);
  el.add(draw);
  el.end();
  return el;
}

/** Adds an empty-for-now grouping element (Sect, L, Table, TR…) under `parent`; the caller ends it. */
export function group(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, type: string, options: TagOptions = {}): PDFKit.PDFStructureElement {
  const el = struct(doc, type, options);
  parent.add(el);
  return el;
}

/**
 * Adds what `draw` paints to `el`: as `el`'s own content when `lang` is undefined or the language `el` is read in
 * (`inherited`), else inside a Span child with /Lang `lang`.
 */
export function inLanguage(doc: PDFKit.PDFDocument, el: PDFKit.PDFStructureElement, inherited: string, lang: string | undefined, draw: () => void): void {
  if (lang === undefined || lang === inherited) {
    el.add(draw);
    return;
  }
  tag(doc, el, 'Span', draw, { lang });
}

/** Neighbouring runs read in the same language, merged (a language-neutral run reads as `inherited`). */
export function mergeRuns(runs: readonly Run[], inherited: Lang): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const lang = r.lang ?? inherited;
    const prev = out.at(-1);
    if (prev && (prev.lang ?? inherited) === lang) prev.text += r.text;
    else out.push({ text: r.text, lang: r.lang === undefined ? undefined : lang });
  }
  return out;
}

/**
 * Draws `runs` at (x, y) as one flow of text under `el`: pdfkit's `continued` text, so lines wrap as the joined
 * string would (put separators such as " / " at the end of a run, so each run starts a word). A run in a language
 * other than `inherited` (the one `el` is read in) is a Span with its own /Lang.
 */
export function flowRuns(
  doc: PDFKit.PDFDocument,
  el: PDFKit.PDFStructureElement,
  inherited: Lang,
  runs: readonly Run[],
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): void {
  const merged = mergeRuns(runs, inherited);
  const bottom = options.height === undefined ? undefined : y + options.height;
  let at: number | undefined = y;
  for (const [i, run] of merged.entries()) {
    // pdfkit's `continued` loses a blank line at the end of a piece, so a run ending in line breaks ends its text
    // there and the next one starts below, as many lines down as the breaks make.
    const breaks = /\n+$/.exec(run.text)?.[0].length ?? 0;
    const text = breaks ? run.text.slice(0, -breaks) : run.text;
    const continued = breaks === 0 && i < merged.length - 1;
    const top = at;
    if (i > 0 && top !== undefined && bottom !== undefined && bottom - top < doc.currentLineHeight(true)) break;
    inLanguage(doc, el, inherited, run.lang, () => {
      if (top === undefined) doc.text(text, { ...options, continued });
      else doc.text(text, x, top, { ...options, ...(bottom === undefined ? {} : { height: bottom - top }), continued });
    });
    at = breaks ? doc.y + (breaks - 1) * (doc.currentLineHeight(true) + (options.lineGap ?? 0)) : undefined;
  }
}

/** A `type` element under `parent` holding `runs` drawn as one flow (see flowRuns); returns it, ended. */
export function tagRuns(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  inherited: Lang,
  runs: readonly Run[],
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
  tagOptions: TagOptions = {},
): PDFKit.PDFStructureElement {
  const el = group(doc, parent, type, tagOptions);
  flowRuns(doc, el, (tagOptions.lang as Lang | undefined) ?? inherited, runs, x, y, options);
  el.end();
  return el;
}
