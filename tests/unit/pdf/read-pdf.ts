// Reads a PDF back with poppler and qpdf, so export tests check what a reader sees, not just that a file exists.
import { execFileSync } from 'node:child_process';

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

export function pageCount(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  if (!m?.[1]) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

/** pdfinfo's fields (Title, Author, Subject, Page size, …) by name. */
export function info(file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) fields[m[1]] = m[2];
  }
  return fields;
}

/** The text of one page (1-based), with line breaks and runs of spaces collapsed to single spaces. */
export function pageText(file: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']).replace(/\s+/g, ' ').trim();
}

export interface FontRow { name: string; embedded: boolean; subset: boolean }

export function fonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    // The name column has no spaces; emb/sub/uni are the three yes/no columns before the object id.
    const cols = l.trim().split(/\s+/);
    const n = cols.length;
    return { name: cols[0] ?? '', embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
  });
}

export interface Bookmark { title: string; page: number }

export function outline(file: string): Bookmark[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as {
    outlines: { title: string; destpageposfrom1: number }[];
  };
  return json.outlines.map((o) => ({ title: o.title, page: o.destpageposfrom1 }));
}

/** The document catalog's /Lang entry, e.g. "es". */
export function catalogLang(file: string): string | undefined {
  const trailer = run('qpdf', ['--show-object=trailer', file]);
  const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1];
  if (!root) return undefined;
  const catalog = run('qpdf', [`--show-object=${root}`, file]);
  return /\/Lang \(([^)]*)\)/.exec(catalog)?.[1];
}

/** qpdf --check: throws (non-zero exit) when the file is damaged; returns its report. */
export function qpdfCheck(file: string): string {
  return run('qpdf', ['--check', file]);
}
