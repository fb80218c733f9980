// Finds where a path in a big pack's YAML sits by parsing only the topic it is in: parsing the whole document of a
// 5,000-slide pack (7.9 MB) took over 200 MB of heap (issue 14), where a topic takes a few hundred KB.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { locate, textPosition, valuePosition } from './positions';

/** A pack YAML at least this big (bytes) places a topic's warnings by parsing that topic alone (see topicItems). */
export const SLICE_FROM_BYTES = 1_000_000;

/**
 * Where each item of the top-level `topics:` block sequence starts in `text` (offsets), and where the sequence ends;
 * undefined when the text is not written that way (then the whole document is parsed). An item ends where the next
 * line at the items' indent starts with "- ", or where a line at column 0 starts the next top-level key: inside an
 * item every line is indented further, block scalars included.
 */
function topicItems(text: string): { starts: number[]; lines: number[]; end: number } | undefined {
  const head = /^topics:[ \t]*(?:#.*)?\r?\n/m.exec(text);
  if (!head) return undefined;
  const starts: number[] = [];
  const lines: number[] = [];
  let indent: string | undefined;
  let at = head.index + head[0].length;
  let line = 2;
  for (let i = text.indexOf('\n'); i !== -1 && i < head.index; i = text.indexOf('\n', i + 1)) line++;
  for (; at < text.length; line++) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 ? text.length : eol + 1;
    const start = text.slice(at, Math.min(next, at + 200));
    if (/^\S/.test(start) && !start.startsWith('#')) break; // the next top-level key
    const item = /^([ ]*)-(?:[ \t]|\r?\n|$)/.exec(start);
    if (item) {
      indent ??= item[1];
      if (item[1] === indent) {
        starts.push(at);
        lines.push(line);
      }
    }
    at = next;
  }
  return starts.length > 0 ? { starts, lines, end: at } : undefined;
}

/** Where a path sits in a pack's text, found by parsing only its topic: `written` as textPosition takes it. */
export type TopicPlace = (path: readonly PropertyKey[], written?: string) => { line: number; col: number } | undefined;

/**
 * Places paths inside `topics[i]` of `text` by parsing that topic's lines alone, when the text is at least
 * `sliceFromBytes` long; undefined for anything it cannot place exactly as the whole document would (an alias to an
 * anchor outside the topic, a path not found, topics not written as a block sequence): the caller parses the whole.
 */
export function topicPlacer(text: string, sliceFromBytes = SLICE_FROM_BYTES): TopicPlace {
  let items: ReturnType<typeof topicItems> | null | undefined;
  // The last topic parsed: warnings come topic by topic.
  let slice: { topic: number; source: string; doc: Document; lines: LineCounter; firstLine: number } | undefined;
  return (path, written) => {
    if (text.length < sliceFromBytes || path[0] !== 'topics' || typeof path[1] !== 'number') return undefined;
    if (items === undefined) items = topicItems(text) ?? null;
    const topic = path[1];
    if (!items || topic >= items.starts.length) return undefined;
    if (slice?.topic !== topic) {
      const source = text.slice(items.starts[topic], items.starts[topic + 1] ?? items.end);
      const lines = new LineCounter();
      slice = { topic, source, doc: parseDocument(source, { lineCounter: lines }), lines, firstLine: items.lines[topic]! };
    }
    if (slice.doc.errors.length > 0) return undefined;
    const rest = [0, ...path.slice(2)];
    if (!locate(slice.doc, rest).found) return undefined;
    const pos = written === undefined ? valuePosition(slice.doc, slice.lines, rest) : textPosition(slice.doc, slice.lines, slice.source, rest, written);
    return { line: pos.line + slice.firstLine - 1, col: pos.col };
  };
}

