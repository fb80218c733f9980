// Loads a briefing pack from disk: YAML → validated briefing, with every error and warning placed at file:line:col.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { openSync, type Font } from 'fontkit';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { Briefing } from '../model/schema';
import type { LoadResult, PackSource } from '../model/contract';
import { formatPath, type Problem } from '../model/problems';
import { fontsDir } from '../paths';
import { checkIds, checkSourceRefs, type ErrorAt } from './check-references';
import { checkImages } from './check-images';
import { valuePosition } from './positions';
import { preflight, type WarningAt } from './preflight';
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

let bundledFont: Font | undefined;
/** The bundled font (used on screen and in the PDF), opened once; undefined when it cannot be read. */
function openBundledFont(): Font | undefined {
  try {
    bundledFont ??= openSync(join(fontsDir(), 'SourceSans3-Regular.ttf')) as Font;
  } catch {
    return undefined;
  }
  return bundledFont;
}

function syntaxProblems(doc: Document, lines: LineCounter, file: string): Problem[] {
  return doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    // The yaml package's first line is the sentence; the rest is a source excerpt we do not need.
    const message = `YAML syntax error: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`;
    return { severity: 'error', file, line: pos.line, col: pos.col, path: '', message };
  });
}

/** Reads, parses and validates a pack. Never throws: an unreadable pack is an 'invalid' result naming its path. */
export async function loadBriefing(pack: string, opts: { bundled?: boolean } = {}): Promise<LoadOutcome> {
  const path = await resolvePackFile(pack);
  const file = displayName(path);
  const source: PackSource = { path, name: basename(dirname(path)), bundled: opts.bundled ?? false };
  const invalid = (errors: Problem[], warnings: Problem[] = []): LoadOutcome => ({ status: 'invalid', source, errors, warnings });

  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String(err);
    return invalid([{ severity: 'error', file, line: 1, col: 1, path: '', message: `cannot read briefing ${path}: ${why}` }]);
  }

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) return invalid(syntaxProblems(doc, lines, file));

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (err) {
    // toJS refuses documents whose aliases expand beyond a safe size ("billion laughs").
    return invalid([{ severity: 'error', file, line: 1, col: 1, path: '', message: `cannot read the YAML: ${(err as Error).message}` }]);
  }
  const at = (severity: Problem['severity']) => (p: readonly PropertyKey[], message: string): Problem => {
    const pos = valuePosition(doc, lines, p);
    return { severity, file, line: pos.line, col: pos.col, path: formatPath(p), message };
  };
  const errorAt: ErrorAt = at('error');
  const warningAt: WarningAt = at('warning');

  const parsed = Briefing.safeParse(data);
  const errors = [
    ...(parsed.success ? [] : schemaProblems(parsed.error.issues, data, doc, lines, file)),
    ...checkIds(data, errorAt),
    ...checkSourceRefs(data, errorAt),
    ...(await checkImages(data, dirname(path), errorAt)),
  ].sort(byPlace);
  const font = openBundledFont();
  const warnings = font
    ? preflight(data, (cp) => font.hasGlyphForCodePoint(cp), warningAt).sort(byPlace)
    : [warningAt([], 'could not open the bundled font, so characters it cannot draw were not checked')];

  if (!parsed.success || errors.length > 0) return invalid(errors, warnings);
  return { status: 'loaded', briefing: parsed.data, source, warnings };
}

const byPlace = (a: Problem, b: Problem): number => a.line - b.line || a.col - b.col;
