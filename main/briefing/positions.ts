// Finds where a document path (like topics[1].slides[3].layout) sits in the YAML text, as a 1-based line and column.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

/** Where a path points, or where its nearest existing ancestor is when the path itself is absent. */
export interface Located {
  /** The value's node (or the deepest ancestor that exists). */
  node: Node | null;
  /** The key's node when the path ends at a key inside a map. */
  key: Node | null;
  /** True when the whole path exists in the document. */
  found: boolean;
}

function keyMatches(key: unknown, wanted: PropertyKey): boolean {
  const k = isScalar(key) ? key.value : key;
  return String(k) === String(wanted);
}

/** Walks the YAML node tree along `path`; stops at the deepest node that exists. */
export function locate(doc: Document, path: readonly PropertyKey[]): Located {
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let key: Node | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyMatches(p.key, step));
      if (!pair) return { node, key: null, found: false };
      key = (pair.key as Node | null) ?? null;
      // An empty value (`title:`) has no node: point at its key instead.
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (item === undefined) return { node, key: null, found: false };
      key = null;
      node = item;
    } else {
      return { node, key: null, found: false };
    }
  }
  return { node, key, found: true };
}

/** Line and column of a node's first character; 1:1 when there is none. */
export function positionOf(node: Node | null, lines: LineCounter): Position {
  const start = node?.range?.[0];
  if (start === undefined) return { line: 1, col: 1 };
  return lines.linePos(start);
}

/**
 * Where `needle` is written inside the value at `path` (the first time), so a warning about a few characters points
 * at them; the value's own position when it is not written there as it reads (an escape such as \U0001F1F2).
 */
export function textPosition(doc: Document, lines: LineCounter, source: string, path: readonly PropertyKey[], needle: string): Position {
  const node = locate(doc, path).node;
  const range = node?.range;
  if (range) {
    const at = source.slice(range[0], range[1]).indexOf(needle);
    if (at >= 0) return lines.linePos(range[0] + at);
  }
  return positionOf(node, lines);
}

/** The value's position when the path exists, else the nearest ancestor's (for a missing key: its parent map). */
export function valuePosition(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): Position {
  return positionOf(locate(doc, path).node, lines);
}

/** The key's position (for unknown keys), falling back to the value's. */
export function keyPosition(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): Position {
  const at = locate(doc, path);
  return positionOf(at.key ?? at.node, lines);
}

/** Whether `path` ends at a key that is absent from a map that exists (a missing field). */
export function isMissingKey(doc: Document, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = locate(doc, path.slice(0, -1));
  return parent.found && isMap(parent.node) && !locate(doc, path).found;
}
