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

export interface OutlineNode { title: string; page: number; kids: OutlineNode[] }

/** The whole outline tree, with each bookmark's target page (1-based). */
export function outlineTree(file: string): OutlineNode[] {
  interface Raw { title: string; destpageposfrom1: number; kids: Raw[] }
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: Raw[] };
  const map = (o: Raw): OutlineNode => ({ title: o.title, page: o.destpageposfrom1, kids: o.kids.map(map) });
  return json.outlines.map(map);
}

type Obj = Record<string, unknown>;

/** Every object of the file by reference ("12 0 R"), as qpdf's JSON gives them. */
function objects(file: string): { get(ref: string): unknown; root: Obj } {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=qpdf', file])) as { qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: unknown } }>] };
  const all = json.qpdf[1];
  const get = (ref: string): unknown => {
    const o = all[`obj:${ref}`];
    return o?.value ?? o?.stream?.dict;
  };
  const trailer = all['trailer']?.value as Obj;
  return { get, root: get(trailer['/Root'] as string) as Obj };
}

/** Link annotations going to a named destination: the page they sit on and the page the name points at (1-based). */
export function namedLinks(file: string): { from: number; to: number; dest: string }[] {
  const { get, root } = objects(file);
  const deref = (v: unknown): unknown => (typeof v === 'string' && / \d+ R$/.test(v) ? get(v) : v);
  const pages: string[] = [];
  const walk = (ref: string): void => {
    const node = get(ref) as Obj;
    if (node['/Type'] === '/Page') pages.push(ref);
    else for (const kid of node['/Kids'] as string[]) walk(kid);
  };
  walk(root['/Pages'] as string);
  const dests = new Map<string, number>();
  const tree = (node: Obj): void => {
    const names = (deref(node['/Names']) as unknown[] | undefined) ?? [];
    for (let i = 0; i < names.length; i += 2) {
      const target = deref(names[i + 1]) as unknown[];
      dests.set(String(names[i]).replace(/^u:/, ''), pages.indexOf(target[0] as string) + 1);
    }
    for (const kid of (deref(node['/Kids']) as string[] | undefined) ?? []) tree(get(kid) as Obj);
  };
  tree(deref((deref(root['/Names']) as Obj)['/Dests']) as Obj);
  const out: { from: number; to: number; dest: string }[] = [];
  pages.forEach((ref, i) => {
    const annots = (deref((get(ref) as Obj)['/Annots']) as string[] | undefined) ?? [];
    for (const a of annots) {
      const action = deref((get(a) as Obj)['/A']) as Obj | undefined;
      const d = action?.['/D'];
      if (typeof d === 'string') {
        const dest = d.replace(/^u:/, '');
        out.push({ from: i + 1, to: dests.get(dest) ?? -1, dest });
      }
    }
  });
  return out;
}

/** The file's bytes with every stream decompressed and object streams unpacked (qpdf --qdf), as text. */
export function rawText(file: string): string {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { encoding: 'latin1', maxBuffer: 1 << 28 });
}

/** The whole document's text, whitespace collapsed. */
export function allText(file: string): string {
  return run('pdftotext', [file, '-']).replace(/\s+/g, ' ');
}

/** The structure elements' types (/S) and their alt texts, from the tag tree. */
export function structure(file: string): { types: Set<string>; alts: string[] } {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=qpdf', file])) as { qpdf: [unknown, Record<string, { value?: Obj }>] };
  const types = new Set<string>();
  const alts: string[] = [];
  for (const o of Object.values(json.qpdf[1])) {
    const v = o.value;
    if (!v || typeof v !== 'object' || typeof v['/S'] !== 'string' || !('/P' in v)) continue;
    types.add(String(v['/S']).replace(/^\//, ''));
    if (typeof v['/Alt'] === 'string') alts.push(String(v['/Alt']).replace(/^u:/, ''));
  }
  return { types, alts };
}
