// Hints for text that YAML read as something else because it was not in quotes — ": " started a key, "," ended a
// value inside { } or [ ], a bare number or true/false became a number or a boolean — each giving the author's own
// line (inside { } or [ ], the pair or item) with the text written in double quotes.
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair } from 'yaml';
import { LANGS } from '../model/schema';
import { locate } from './positions';

/** Text as a YAML double-quoted scalar; JSON's escapes (\" \\ \n \uXXXX) are all valid YAML escapes. */
export const doubleQuoted = (text: string): string => JSON.stringify(text);

const WHY_COLON = 'the text contains ": ", which YAML reads as a key';
const WHY_COMMA_MAP = 'the text contains ",", which ends a value inside { }';
const WHY_COMMA_SEQ = 'the text contains ",", which ends an item inside [ ]';

const hint = (why: string, corrected: string): string => ` — ${why}; write it in quotes: ${corrected}`;

/** A plain (unquoted) scalar: the only kind YAML may read as something other than the text written. */
const isPlain = (n: unknown): n is Scalar => isScalar(n) && n.type === Scalar.PLAIN && !!n.range;

/** The line of `text` holding `offset`, as [start, end) offsets without the line break. */
function lineAround(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return [start, text[end - 1] === '\r' ? end - 1 : end];
}

/** The author's line with text[start, end) replaced by `quoted`, without its indentation; null when it spans lines. */
function correctedLine(text: string, start: number, end: number, quoted: string): string | null {
  const [ls, le] = lineAround(text, start);
  if (end > le) return null;
  return `${text.slice(ls, start)}${quoted}${text.slice(end, le)}`.trim();
}

/** A plain scalar's words as written, a multi-line one folded the way YAML folds it (line breaks become spaces). */
const written = (text: string, start: number, end: number): string => text.slice(start, end).trim().replace(/[ \t]*\r?\n\s*/g, ' ');

/**
 * The hint for a place where text is expected and the author wrote the plain scalar text[start, end): in block
 * style the whole line, in a flow map `key: "…"`, in a flow sequence `"…"`.
 */
function quoteAt(text: string, start: number, end: number, flow: 'map' | 'seq' | null, key: Node | null): string {
  const quoted = doubleQuoted(written(text, start, end));
  const keyText = key?.range ? text.slice(key.range[0], key.range[1]) : null;
  if (flow === null) {
    const line = correctedLine(text, start, end, quoted);
    if (line !== null) return line;
  }
  return keyText !== null ? `${keyText}: ${quoted}` : quoted;
}

/** True when a pair in a flow map is a bare word with no ":" — the rest of a value a comma cut off. */
function isCommaPiece(text: string, p: unknown): p is Pair<Scalar, null> {
  if (!isPair(p) || p.value !== null || !isPlain(p.key)) return false;
  const after = text.slice(p.key.range![1]).trimStart();
  return after.startsWith(',') || after.startsWith('}');
}

/** Flow-sequence neighbours written with no space around the comma (`1,200`): one item the comma split. */
function joinedByComma(text: string, a: unknown, b: unknown): boolean {
  return isPlain(a) && isPlain(b) && text.slice(a.range![1], b.range![0]) === ',';
}

interface Where {
  /** The collection holding the value, and the pair (in a map) or index (in a sequence). */
  parent: Node | null;
  pair: Pair | null;
  index: number;
}

function whereIs(doc: Document, path: readonly PropertyKey[]): Where {
  const parent = path.length ? locate(doc, path.slice(0, -1)) : null;
  const last = path[path.length - 1];
  if (parent?.found && isMap(parent.node)) {
    const index = parent.node.items.findIndex((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(last));
    return { parent: parent.node, pair: (parent.node.items[index] as Pair | undefined) ?? null, index };
  }
  if (parent?.found && isSeq(parent.node) && typeof last === 'number') return { parent: parent.node, pair: null, index: last };
  return { parent: null, pair: null, index: -1 };
}

const flowKind = (parent: Node | null): 'map' | 'seq' | null => {
  if (!parent?.range || !(isMap(parent) || isSeq(parent)) || !parent.flow) return null;
  return isSeq(parent) ? 'seq' : 'map';
};

/**
 * For a number or true/false at `path` where text is expected: the hint quoting what the author wrote there
 * (e.g. ` — YAML reads 007 as the number 7; write it in quotes: value: "007"`), taking in the rest of the text a
 * comma cut off inside { } or [ ]. Null when the value was not written as a bare scalar.
 */
export function scalarHint(doc: Document, text: string, path: readonly PropertyKey[]): string | null {
  const node = locate(doc, path);
  if (!node.found || !isPlain(node.node) || !['number', 'boolean'].includes(typeof node.node.value)) return null;
  const value = node.node;
  const { parent, pair, index } = whereIs(doc, path);
  const flow = flowKind(parent);
  let [start, end] = [value.range![0], value.range![1]];
  let why: string | null = null;
  if (flow === 'map' && isMap(parent) && pair) {
    let j = index + 1;
    while (isCommaPiece(text, parent.items[j])) j++;
    if (j > index + 1) {
      end = (parent.items[j - 1] as Pair<Scalar>).key.range![1];
      why = WHY_COMMA_MAP;
    }
  } else if (flow === 'seq' && isSeq(parent)) {
    let [a, b] = [index, index];
    while (a > 0 && joinedByComma(text, parent.items[a - 1], parent.items[a])) a--;
    while (b + 1 < parent.items.length && joinedByComma(text, parent.items[b], parent.items[b + 1])) b++;
    if (a < index || b > index) {
      [start, end] = [(parent.items[a] as Scalar).range![0], (parent.items[b] as Scalar).range![1]];
      why = WHY_COMMA_SEQ;
    }
  }
  if (why === null) {
    const src = written(text, start, end);
    const v = value.value as number | boolean;
    why =
      typeof v === 'boolean' ? `YAML reads ${src} as a true/false value, not text`
      : String(v) === src ? `YAML reads ${src} as a number`
      : `YAML reads ${src} as the number ${String(v)}`;
  }
  return hint(why, quoteAt(text, start, end, flow, pair?.key as Node | null));
}

/**
 * For an unknown key inside { } that is a bare word with no ":" (`{ title: CMYK (left red, right blue) }` gives the
 * key "right blue)"): the hint joining it back to the value before it. `mapPath` is the map's path; null when the key
 * is not such a piece.
 */
export function commaKeyHint(doc: Document, text: string, mapPath: readonly PropertyKey[], key: string): string | null {
  const map = locate(doc, mapPath);
  if (!map.found || !isMap(map.node) || flowKind(map.node) !== 'map') return null;
  const items = map.node.items;
  const k = items.findIndex((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  if (k < 1 || !isCommaPiece(text, items[k])) return null;
  let i = k - 1;
  while (i >= 0 && isCommaPiece(text, items[i])) i--;
  const owner = items[i];
  if (!isPair(owner) || !isPlain(owner.value)) return null;
  let j = k + 1;
  while (isCommaPiece(text, items[j])) j++;
  const end = (items[j - 1] as Pair<Scalar>).key.range![1];
  return hint(WHY_COMMA_MAP, quoteAt(text, owner.value.range![0], end, 'map', owner.key as Node));
}

/**
 * For a one-pair map at `path` where text is expected, written as `Phase 2: Recovery` without braces (in a list, or
 * as an item inside [ ]): the hint quoting the whole of it. Null for a map written with { } or on several lines.
 */
export function colonMapHint(doc: Document, text: string, path: readonly PropertyKey[]): string | null {
  const at = locate(doc, path);
  const map = at.node;
  if (!at.found || !isMap(map) || map.items.length !== 1 || !map.range || text[map.range[0]] === '{') return null;
  const pair = map.items[0];
  if (!isPair(pair) || !isPlain(pair.key) || !(pair.value === null || isPlain(pair.value))) return null;
  // `EN: Hello` is a language miswritten, not text with a colon in it.
  if ((LANGS as readonly string[]).includes(String(pair.key.value).toLowerCase())) return null;
  const start = pair.key.range![0];
  const end = pair.value ? (pair.value as Scalar).range![1] : text.indexOf(':', pair.key.range![1]) + 1;
  if (text.slice(start, end).includes('\n')) return null;
  const { parent } = whereIs(doc, path);
  const flow = flowKind(parent);
  return hint(WHY_COLON, quoteAt(text, start, end, flow, null));
}

/** Characters that start something other than a plain scalar, so a value beginning with one is not bare text. */
const INDICATORS = new Set(['"', "'", '{', '[', '|', '>', '&', '*', '!', '%', '@', '`', '#']);

/**
 * For a YAML syntax error at `offset` caused by ": " in an unquoted value (`title: Phase 2: Recovery`, or the same
 * inside { }): the hint quoting it. The corrected text is parsed again and the hint given only if that clears the
 * error on this line, so a hint is never a guess.
 */
export function syntaxHint(text: string, offset: number): string | null {
  const [ls, le] = lineAround(text, offset);
  const before = text.slice(ls, offset);
  const keyed = /(^\s*(?:-\s+)+|^|[{,[])\s*([^\s{},[\]#][^{},[\]#]*?)\s*:\s+$/.exec(before);
  if (!keyed || INDICATORS.has(text[offset] ?? '')) return null;
  const inFlow = /[{[,]$/.test(keyed[1]!.trim()) && keyed[1]!.trim() !== '';
  let end: number;
  if (inFlow) {
    const stop = text.slice(offset, le).search(/[,}\]]/);
    end = stop === -1 ? le : offset + stop;
  } else {
    const comment = text.slice(offset, le).search(/\s#/);
    end = comment === -1 ? le : offset + comment;
  }
  const value = text.slice(offset, end).trim();
  if (!/: |:$/.test(value)) return null;
  end = offset + text.slice(offset, end).trimEnd().length;
  const quoted = doubleQuoted(value);
  const fixed = `${text.slice(0, offset)}${quoted}${text.slice(end)}`;
  const line = text.slice(0, ls).split('\n').length;
  const stillWrong = parseDocument(fixed, { prettyErrors: false, logLevel: 'silent' }).errors.some((e) => fixed.slice(0, e.pos[0]).split('\n').length === line);
  if (stillWrong) return null;
  const corrected = inFlow ? `${keyed[2]}: ${quoted}` : (correctedLine(text, offset, end, quoted) ?? `${keyed[2]}: ${quoted}`);
  return hint(WHY_COLON, corrected);
}
