// PLACEHOLDER (being replaced by the full loader): reads a pack and validates it. Signature is stable.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { Briefing } from '../model/schema';
import type { LoadResult, PackSource } from '../model/contract';
import { formatPath } from '../model/problems';

/** Resolves a pack argument (folder holding briefing.yaml, or a .yaml file) to the YAML file's path. */
export async function resolvePackFile(pack: string): Promise<string> {
  const s = await stat(pack);
  return s.isDirectory() ? join(pack, 'briefing.yaml') : pack;
}

export async function loadBriefing(pack: string, opts: { bundled?: boolean } = {}): Promise<Exclude<LoadResult, { status: 'cancelled' }>> {
  const file = await resolvePackFile(pack);
  const source: PackSource = { path: file, name: basename(dirname(file)), bundled: opts.bundled ?? false };
  const text = await readFile(file, 'utf8');
  const parsed = Briefing.safeParse(parse(text));
  if (parsed.success) return { status: 'loaded', briefing: parsed.data, source, warnings: [] };
  return {
    status: 'invalid',
    source,
    warnings: [],
    errors: parsed.error.issues.map((i) => ({ severity: 'error', file: basename(file), line: 1, col: 1, path: formatPath(i.path), message: i.message })),
  };
}
