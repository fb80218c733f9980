// Loads a briefing pack from disk: YAML → validated briefing, with every error and warning placed at file:line:col.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { Briefing } from '../model/schema';
import { composeStrings } from '../model/unicode';
import type { LoadResult, PackSource } from '../model/contract';
import { formatPath, type Problem } from '../model/problems';
import { faceFor, findFacesFor } from '../fonts/chain';
import { FONT } from '../fonts/faces';
import { checkIds, checkMarkingRefs, checkSourceRefs, type ErrorAt } from './check-references';
import { checkImageContents, checkImages } from './check-images';
import { textPosition, valuePosition } from './positions';
import { preflight, readerText, type WarningAt } from './preflight';
import { quickRead } from './quick-read';
import { syntaxHint } from './quote-hints';
import { SLICE_FROM_BYTES, topicPlacer } from './topic-slices';
import { schemaProblems } from './schema-problems';

export type LoadOutcome = Exclude<LoadResult, { status: 'cancelled' }>;

/** Resolves a pack argument (folder holding briefing.yaml, or a .yaml file) to the YAML file's absolute path. */
export async function resolvePackFile(pack: string): Promise<string> {
  const abs = resolve(pack);
  const isDir = await stat(abs).then(
    (s) => s.isDirectory(),
    // Missing: guess from the name, so the error names the file the user meant.
    () => !['.yaml', '.yml'].includes(extname(abs).toLowerCase()),
  );
  return isDir ? join(abs, 'briefing.yaml') : abs;
}

/** How problems name the file: its folder and name, e.g. `ca-mx-spp/briefing.yaml`. */
export const displayName = (file: string): string => `${basename(dirname(file))}/${basename(file)}`;

// Deep nesting overflows the parser's stack; say what the author can change.
const TOO_DEEP = 'YAML syntax error: the YAML is nested too deeply to read (thousands of levels)';

// Each syntax hint parses the file again; a file with hundreds of errors gets hints on its first few only.
const MAX_SYNTAX_HINTS = 20;

function syntaxProblems(doc: Document, lines: LineCounter, file: string, text: string): Problem[] {
  return doc.errors.map((e, i) => {
    const pos = lines.linePos(e.pos[0]);
    // The yaml package's first line is the sentence; the rest is a source excerpt we do not need.
    const sentence = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const hint = i < MAX_SYNTAX_HINTS ? syntaxHint(text, e.pos[0]) : null;
    const message = /call stack/i.test(sentence) ? TOO_DEEP : `YAML syntax error: ${sentence}${hint ?? ''}`;
    return { severity: 'error', file, line: pos.line, col: pos.col, path: '', message };
  });
}

/**
 * The file's text; bytes that are not UTF-8 become U+FFFD, and `lossy` says whether any did. TextDecoder also drops
 * a byte-order mark, so line 1's columns match the editor's (`readFile(…, 'utf8')` kept it and counted it).
 */
function decode(bytes: Uint8Array): { text: string; lossy: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), lossy: true };
  }
}

/** Reads, parses and validates a pack. Never throws: an unreadable pack is an 'invalid' result naming its path. */
export async function loadBriefing(pack: string, opts: { bundled?: boolean } = {}): Promise<LoadOutcome> {
  const path = await resolvePackFile(pack);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String(err);
    const source: PackSource = { path, name: basename(dirname(path)), bundled: opts.bundled ?? false };
    const problem: Problem = { severity: 'error', file: displayName(path), line: 1, col: 1, path: '', message: `cannot read briefing ${path}: ${why}` };
    return { status: 'invalid', source, errors: [problem], warnings: [] };
  }
  return parseBriefing(bytes, path, opts);
}

/**
 * Parses and validates the bytes of the briefing.yaml at `path` (images resolve against its folder). Never throws.
 * Separate from the read so the property test can try thousands of variants without writing each to disk.
 */
export async function parseBriefing(bytes: Uint8Array, path: string, opts: { bundled?: boolean } = {}): Promise<LoadOutcome> {
  const file = displayName(path);
  const source: PackSource = { path, name: basename(dirname(path)), bundled: opts.bundled ?? false };
  const invalid = (errors: Problem[], warnings: Problem[] = []): LoadOutcome => ({ status: 'invalid', source, errors, warnings });
  try {
    return await validate(decode(bytes), path, file, source, invalid);
  } catch (err) {
    // A hostile document may still break the parser or a check: thousands of nested block lists overflow the
    // yaml package's stack in parseDocument itself. Report it, do not throw.
    const message = err instanceof RangeError ? TOO_DEEP : `cannot read briefing ${path}: ${String(err)}`;
    return invalid([{ severity: 'error', file, line: 1, col: 1, path: '', message }]);
  }
}

async function validate(
  decoded: { text: string; lossy: boolean },
  path: string,
  file: string,
  source: PackSource,
  invalid: (errors: Problem[], warnings?: Problem[]) => LoadOutcome,
): Promise<LoadOutcome> {
  // Most packs have nothing to report: read them without positions, and build the positioned document only when
  // there is a problem to place (then everything is checked again on it, so every problem reads as it always has).
  if (!decoded.lossy) {
    const data = quickRead(decoded.text);
    if (data !== undefined) {
      // Unplaced: any problem found here sends the pack to validateWithPositions.
      const unplaced: ProblemAt = (severity) => (p, message) => ({ severity, file, line: 1, col: 1, path: formatPath(p), message });
      const quick = await check(composeStrings(data), path, source, unplaced, true);
      if (quick) return quick;
      // A big pack with warnings only: each placed by parsing its topic alone (topic-slices.ts). Anything else, or a
      // warning the topic cannot place, takes the whole positioned document below.
      if (decoded.text.length >= SLICE_FROM_BYTES) {
        const placed = await placedByTopic(decoded.text, composeStrings(data), path, file, source);
        if (placed) return placed;
      }
    }
  }
  return validateWithPositions(decoded, path, file, source, invalid);
}

/** The pack checked again with each problem placed from its topic's lines; undefined unless it loads and each is placed. */
async function placedByTopic(text: string, data: unknown, path: string, file: string, source: PackSource): Promise<LoadOutcome | undefined> {
  const place = topicPlacer(text);
  let unplaced = false;
  const at: ProblemAt = (severity) => (p, message, written) => {
    const pos = place(p, written);
    if (!pos) unplaced = true;
    return { severity, file, line: pos?.line ?? 1, col: pos?.col ?? 1, path: formatPath(p), message };
  };
  const checked = await check(data, path, source, at, false);
  return checked?.status === 'loaded' && !unplaced ? checked : undefined;
}

/** Reads the YAML as a document that knows where each node is, and checks it, placing each problem at its node. */
async function validateWithPositions(
  { text, lossy }: { text: string; lossy: boolean },
  path: string,
  file: string,
  source: PackSource,
  invalid: (errors: Problem[], warnings?: Problem[]) => LoadOutcome,
): Promise<LoadOutcome> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, logLevel: 'error' });
  const encoding = lossy ? [notUtf8(text, lines, file)] : [];
  if (doc.errors.length > 0) return invalid(syntaxProblems(doc, lines, file, text), encoding);

  let data: unknown;
  try {
    // Composed (NFC) once here, so the screen, the PDF, search and validate all see the same characters.
    data = composeStrings(doc.toJS());
  } catch (err) {
    // toJS refuses documents whose aliases expand beyond a safe size ("billion laughs").
    return invalid([{ severity: 'error', file, line: 1, col: 1, path: '', message: `cannot read the YAML: ${(err as Error).message}` }]);
  }
  const at = (severity: Problem['severity']) => (p: readonly PropertyKey[], message: string, written?: string): Problem => {
    const pos = written === undefined ? valuePosition(doc, lines, p) : textPosition(doc, lines, text, p, written);
    return { severity, file, line: pos.line, col: pos.col, path: formatPath(p), message };
  };
  const checked = await check(data, path, source, at, false, (issues) => schemaProblems(issues, data, doc, lines, file, text), encoding);
  // check answers undefined only when quick.
  return checked ?? invalid([{ severity: 'error', file, line: 1, col: 1, path: '', message: `cannot check briefing ${path}` }]);
}

/** Makes a problem of a severity placed at a document path. */
type ProblemAt = (severity: Problem['severity']) => (p: readonly PropertyKey[], message: string, written?: string) => Problem;

/**
 * Checks a pack's data: its schema, references, text (preflight) and images. With `quick` (data read without
 * positions), stops at the first problem found, before the images are opened, and answers undefined: the pack is
 * then checked again the full way, where each problem is placed.
 */
async function check(
  data: unknown,
  path: string,
  source: PackSource,
  at: ProblemAt,
  quick: boolean,
  schemaIssues: (issues: Parameters<typeof schemaProblems>[0]) => Problem[] = () => [],
  encoding: Problem[] = [],
): Promise<LoadOutcome | undefined> {
  const errorAt: ErrorAt = at('error');
  const warningAt: WarningAt = at('warning');

  const parsed = Briefing.safeParse(data);
  const found = [
    ...(parsed.success ? [] : schemaIssues(parsed.error.issues)),
    ...checkIds(data, errorAt),
    ...checkSourceRefs(data, errorAt),
    ...checkMarkingRefs(data, errorAt),
  ];
  // Fonts on this computer are looked for only when a character no bundled face has occurs (CJK, say).
  await findFacesFor(readerText(data));
  const warnings = [
    ...encoding,
    ...preflight(data, (cp) => faceFor(FONT.regular, cp) !== undefined, warningAt),
  ].sort(byPlace);
  if (quick && (!parsed.success || found.length > 0 || warnings.length > 0)) return undefined;
  const errors = [
    ...found,
    ...(await checkImages(data, dirname(path), errorAt)),
    ...(await checkImageContents(data, dirname(path), errorAt)),
  ].sort(byPlace);

  if (!parsed.success || errors.length > 0) return quick ? undefined : { status: 'invalid', source, errors, warnings };
  return { status: 'loaded', briefing: parsed.data, source, warnings };
}

/** A warning at the first byte that was not UTF-8 (now U+FFFD), so the author can find and fix it. */
function notUtf8(text: string, lines: LineCounter, file: string): Problem {
  const pos = lines.linePos(Math.max(0, text.indexOf('\uFFFD')));
  const message = 'the file is not valid UTF-8: bytes that are not text are shown as "\uFFFD"; save it as UTF-8';
  return { severity: 'warning', file, line: pos.line, col: pos.col, path: '', message };
}

const byPlace = (a: Problem, b: Problem): number => a.line - b.line || a.col - b.col;
