// Turns the schema's validation issues into problems a briefer understands, each placed at its line and column.
import type * as z from 'zod';
import type { Document, LineCounter } from 'yaml';
import { formatPath, valueAt, type Problem } from '../model/problems';
import { NEEDS_A_LANGUAGE } from '../model/schema';
import { durationProblem } from '../model/duration';
import { isMissingKey, keyPosition, valuePosition } from './positions';
import { colonMapHint, commaKeyHint, scalarHint } from './quote-hints';

type Issue = z.core.$ZodIssue;

/** How a value reads in a message: quoted text, a number, "a list", "a map". */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return JSON.stringify(value);
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};
const noun = (expected: string): string => NOUNS[expected] ?? expected;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = Math.min(up + 1, (row[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] as number;
}

/** `expected one of a, b, c; got "x"`, with a suggestion when the value is a near miss. */
function oneOf(options: readonly unknown[], value: unknown): string {
  const list = options.map((o) => String(o)).join(', ');
  let msg = options.length === 1 ? `expected ${list}; got ${describe(value)}` : `expected one of ${list}; got ${describe(value)}`;
  if (typeof value === 'string') {
    const near = options.map(String).find((o) => editDistance(o, value) <= 2);
    if (near !== undefined) msg += ` (did you mean "${near}"?)`;
  }
  return msg;
}

/** A union none of whose branches fit: name what each branch expected. */
function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>, value: unknown): string {
  const expected = new Set<string>();
  for (const branch of issue.errors) {
    const first = branch[0];
    if (branch.length === 1 && first?.code === 'invalid_type' && first.path.length === 0) expected.add(first.expected);
    else return issue.message;
  }
  // The schema's only string-or-map union is Text.
  if (expected.has('string') && expected.has('object')) {
    return `expected text (a string, or a map by language like {en: …, es: …}); got ${describe(value)}`;
  }
  return `expected ${[...expected].map(noun).join(' or ')}; got ${describe(value)}`;
}

function messageFor(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${noun(issue.expected)}; got ${describe(value)}`;
    case 'invalid_value':
      return oneOf(issue.values, value);
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return oneOf(issue.options, value);
      return unionMessage(issue, value);
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${String(issue.maximum)} items; got ${Array.isArray(value) ? value.length : describe(value)}`;
      return issue.message;
    case 'invalid_format':
      if (issue.format === 'url') return `expected a web address like "https://…"; got ${describe(value)}`;
      return `${issue.message}; got ${describe(value)}`;
    default:
      return issue.message;
  }
}

/** Whether the issue is about a place where text (a string) is expected, through any unions. */
function expectsText(issue: Issue): boolean {
  if (issue.code === 'invalid_type') return issue.expected === 'string';
  if (issue.code === 'invalid_union') return issue.errors.some((branch) => branch.some((i) => i.path.length === 0 && expectsText(i)));
  return false;
}

/** Keys whose value is a planned time ("90s"): a number or a map there is told how to write one, not "expected text". */
const PLANNED_TIME_KEYS = new Set(['duration', 'slideDuration']);

function plannedTimeMessage(path: readonly PropertyKey[], value: unknown): string | null {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !PLANNED_TIME_KEYS.has(key) || typeof value === 'string' || value === undefined) return null;
  return durationProblem(value, Number.POSITIVE_INFINITY);
}

const SHAPE_CODES = new Set<Issue['code']>(['invalid_type', 'invalid_union', 'unrecognized_keys']);

/**
 * A union none of whose branches fit a map, where exactly one branch is a map schema (a text map by language):
 * that branch's own issues, placed inside the map, say more than "Invalid input".
 */
function unwrapMapUnion(issue: Issue, data: unknown): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return [issue];
  const value = valueAt(data, issue.path as PropertyKey[]);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [issue];
  const fitting = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && SHAPE_CODES.has(i.code)));
  if (fitting.length !== 1) return [issue];
  return fitting[0]!.flatMap((i) => unwrapMapUnion({ ...i, path: [...issue.path, ...i.path] } as Issue, data));
}

/**
 * One problem per schema issue (one per key for unknown keys), in document order of the issues. `text` is the YAML
 * source: where text was misread because it was not in quotes, the message ends with the line written in quotes.
 */
export function schemaProblems(issues: readonly Issue[], data: unknown, doc: Document, lines: LineCounter, file: string, text = ''): Problem[] {
  const out: Problem[] = [];
  const problem = (path: readonly PropertyKey[], pos: { line: number; col: number }, message: string): void => {
    out.push({ severity: 'error', file, line: pos.line, col: pos.col, path: formatPath(path), message });
  };
  const flat = issues.flatMap((i) => unwrapMapUnion(i, data));
  // Text written as `- Phase 2: Recovery` is read as a one-pair map: one problem for it, giving the quoted line,
  // instead of an unknown key and a missing language.
  const colonMaps = new Map<string, string>();
  for (const issue of flat) {
    if (issue.code !== 'custom' || issue.message !== NEEDS_A_LANGUAGE) continue;
    const hint = colonMapHint(doc, text, issue.path as PropertyKey[]);
    if (hint) colonMaps.set(formatPath(issue.path as PropertyKey[]), hint);
  }
  const told = new Set<string>();
  for (const issue of flat) {
    const path = issue.path as PropertyKey[];
    const colonMap = colonMaps.get(formatPath(path));
    if (colonMap !== undefined) {
      if (!told.has(formatPath(path))) problem(path, valuePosition(doc, lines, path), `expected text; got a map${colonMap}`);
      told.add(formatPath(path));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = commaKeyHint(doc, text, path, key) ?? '';
        problem([...path, key], keyPosition(doc, lines, [...path, key]), `unknown key "${key}"${hint}`);
      }
      continue;
    }
    if (isMissingKey(doc, path)) {
      const field = String(path[path.length - 1]);
      const detail = issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options) ? ` (one of ${issue.options.join(', ')})` : '';
      problem(path, valuePosition(doc, lines, path.slice(0, -1)), `missing required field "${field}"${detail}`);
      continue;
    }
    const value = valueAt(data, path);
    const timed = plannedTimeMessage(path, value);
    if (timed !== null) {
      problem(path, valuePosition(doc, lines, path), timed);
      continue;
    }
    const typed = (typeof value === 'number' || typeof value === 'boolean') && expectsText(issue) ? scalarHint(doc, text, path) : null;
    problem(path, valuePosition(doc, lines, path), typed ? `expected text; got ${describe(value)}${typed}` : messageFor(issue, value));
  }
  return out;
}
