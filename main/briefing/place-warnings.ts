// Places warnings found after loading (text an export cut, say) at file:line:col in the pack's YAML, as load-time
// problems are placed, so every warning a briefer sees reads the same and leads to the same line.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, type Problem } from '../model/problems';
import { displayName } from './load';
import { locate, valuePosition } from './positions';

/** Makes a warning at a document path; an empty path places it at the top of the file. */
export type PlaceWarning = (path: readonly (string | number)[], message: string) => Problem;

/** A pack YAML at least this big (bytes) places a topic's warnings by parsing that topic alone (see topicItems). */
const SLICE_FROM_BYTES = 1_000_000;

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

/**
 * A placer for `packFile` (read once, now); when the file cannot be read now, warnings are placed at line 1. The text
 * is parsed on the first warning placed: most exports cut nothing, and parsing a big pack costs more than drawing it.
 * In a big pack a warning in a topic is placed by parsing that topic's lines alone: the whole document of a
 * 5,000-slide pack took over 200 MB of heap to parse (issue 14). Anything the slice cannot place exactly as the
 * whole document would (an alias to an anchor outside the topic, a path not found) is placed from the whole.
 */
export async function warningPlacer(packFile: string, sliceFromBytes = SLICE_FROM_BYTES): Promise<PlaceWarning> {
  const file = displayName(packFile);
  const text = await readFile(packFile, 'utf8').catch(() => undefined);
  const lines = new LineCounter();
  let yaml: Document | undefined;
  let items: ReturnType<typeof topicItems> | null;
  // The last topic parsed: warnings come topic by topic.
  let slice: { topic: number; doc: Document; lines: LineCounter; firstLine: number } | undefined;
  const fromTopic = (path: readonly (string | number)[]): { line: number; col: number } | undefined => {
    if (text === undefined || text.length < sliceFromBytes || path[0] !== 'topics' || typeof path[1] !== 'number') return undefined;
    if (items === undefined) items = topicItems(text) ?? null;
    const topic = path[1];
    if (!items || topic >= items.starts.length) return undefined;
    if (slice?.topic !== topic) {
      const start = items.starts[topic]!;
      const end = items.starts[topic + 1] ?? items.end;
      const sliceLines = new LineCounter();
      slice = { topic, doc: parseDocument(text.slice(start, end), { lineCounter: sliceLines }), lines: sliceLines, firstLine: items.lines[topic]! };
    }
    if (slice.doc.errors.length > 0) return undefined;
    const rest = [0, ...path.slice(2)];
    if (!locate(slice.doc, rest).found) return undefined;
    const pos = valuePosition(slice.doc, slice.lines, rest);
    return { line: pos.line + slice.firstLine - 1, col: pos.col };
  };
  return (path, message) => {
    let pos = fromTopic(path);
    if (!pos) {
      if (text !== undefined) yaml ??= parseDocument(text, { lineCounter: lines });
      pos = yaml && path.length > 0 ? valuePosition(yaml, lines, path) : { line: 1, col: 1 };
    }
    return { severity: 'warning', file, line: pos.line, col: pos.col, path: formatPath(path), message };
  };
}
