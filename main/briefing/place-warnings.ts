// Places warnings found after loading (text an export cut, say) at file:line:col in the pack's YAML, as load-time
// problems are placed, so every warning a briefer sees reads the same and leads to the same line.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, type Problem } from '../model/problems';
import { displayName } from './load';
import { valuePosition } from './positions';
import { SLICE_FROM_BYTES, topicPlacer } from './topic-slices';

/** Makes a warning at a document path; an empty path places it at the top of the file. */
export type PlaceWarning = (path: readonly (string | number)[], message: string) => Problem;

/**
 * A placer for `packFile` (read once, now); when the file cannot be read now, warnings are placed at line 1. The text
 * is parsed on the first warning placed: most exports cut nothing, and parsing a big pack costs more than drawing it.
 * In a big pack a warning in a topic is placed by parsing that topic's lines alone (topicPlacer): the whole document
 * of a 5,000-slide pack took over 200 MB of heap to parse (issue 14).
 */
export async function warningPlacer(packFile: string, sliceFromBytes = SLICE_FROM_BYTES): Promise<PlaceWarning> {
  const file = displayName(packFile);
  const text = await readFile(packFile, 'utf8').catch(() => undefined);
  const lines = new LineCounter();
  let yaml: Document | undefined;
  const fromTopic = text === undefined ? undefined : topicPlacer(text, sliceFromBytes);
  return (path, message) => {
    let pos = fromTopic?.(path);
    if (!pos) {
      if (text !== undefined) yaml ??= parseDocument(text, { lineCounter: lines });
      pos = yaml && path.length > 0 ? valuePosition(yaml, lines, path) : { line: 1, col: 1 };
    }
    return { severity: 'warning', file, line: pos.line, col: pos.col, path: formatPath(path), message };
  };
}
