// Problems found in a briefing pack: errors stop loading, warnings do not; each names its place.
import * as z from 'zod';

export const Problem = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int(),
  col: z.number().int(),
  /** Path in the document, e.g. `topics[1].slides[3].layout`; empty for the whole file. */
  path: z.string(),
  message: z.string(),
});
export type Problem = z.infer<typeof Problem>;

/** `briefing.yaml:42:7 topics[1].slides[3].layout: expected one of …` */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return p.path ? `${where} ${p.path}: ${prefix}${p.message}` : `${where}: ${prefix}${p.message}`;
}

/** The plain value at `path` in a document or a pack (undefined where the path leads nowhere). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[step];
  }
  return v;
}

/** Reads back a path formatPath rendered: `topics[1].slides[3].layout` → ['topics', 1, 'slides', 3, 'layout']. */
export function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : (m[2] as string)));
}

/** Renders a document path like `topics[1].slides[3].layout`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
