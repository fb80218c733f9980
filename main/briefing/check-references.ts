// Checks what the schema alone cannot: ids unique where they must be, every source and marking reference declared.
import { formatPath, type Problem } from '../model/problems';
import { asArray, asRecord, asString, slidesOf, type Path } from './walk';

/** Makes an error placed at a document path. */
export type ErrorAt = (path: Path, message: string) => Problem;

function duplicates(entries: { id: string | undefined; path: Path }[], what: string, errorAt: ErrorAt): Problem[] {
  const first = new Map<string, Path>();
  const out: Problem[] = [];
  for (const { id, path } of entries) {
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier) out.push(errorAt(path, `duplicate ${what} id "${id}" (already used at ${formatPath(earlier)})`));
    else first.set(id, path);
  }
  return out;
}

/** Duplicate topic ids, slide ids (across the whole pack) and source ids. */
export function checkIds(data: unknown, errorAt: ErrorAt): Problem[] {
  const root = asRecord(data);
  const topics = asArray(root['topics']).map((t, i) => ({ id: asString(asRecord(t)['id']), path: ['topics', i, 'id'] }));
  const slides = [...slidesOf(data)].map(({ slide, path }) => ({ id: asString(slide['id']), path: [...path, 'id'] }));
  const sources = asArray(root['sources']).map((s, i) => ({ id: asString(asRecord(s)['id']), path: ['sources', i, 'id'] }));
  return [
    ...duplicates(topics, 'topic', errorAt),
    ...duplicates(slides, 'slide', errorAt),
    ...duplicates(sources, 'source', errorAt),
  ];
}

/**
 * With `meta.markings` declared: marking texts are unique, `meta.classification` is one of them and every slide's
 * `classification` names one. Without markings, a slide may not carry its own (there is no order to rank it in).
 */
export function checkMarkingRefs(data: unknown, errorAt: ErrorAt): Problem[] {
  const meta = asRecord(asRecord(data)['meta']);
  const declared = asArray(meta['markings']).map((m) => asString(asRecord(m)['text']));
  const texts = declared.filter((t): t is string => t !== undefined);
  const out: Problem[] = duplicates(
    declared.map((id, i) => ({ id, path: ['meta', 'markings', i, 'text'] })),
    'marking',
    errorAt,
  ).map((p) => ({ ...p, message: p.message.replace('duplicate marking id', 'duplicate marking') }));
  const hasMarkings = meta['markings'] !== undefined;
  const hint = `declared under meta.markings: ${texts.join(', ')}`;
  const own = asString(asRecord(meta['classification'])['text']);
  if (hasMarkings && own !== undefined && !texts.includes(own)) {
    out.push(errorAt(['meta', 'classification', 'text'], `classification "${own}" is not one of the markings (${hint})`));
  }
  for (const { slide, path } of slidesOf(data)) {
    const marking = asString(slide['classification']);
    if (marking === undefined) continue;
    if (!hasMarkings) out.push(errorAt([...path, 'classification'], `slide marking "${marking}" needs meta.markings, the ordered list of markings it is one of`));
    else if (!texts.includes(marking)) out.push(errorAt([...path, 'classification'], `unknown marking "${marking}" (${hint})`));
  }
  return out;
}

/** Source ids named in a slide's `sources:` or a stat's `source` that no entry under `sources` declares. */
export function checkSourceRefs(data: unknown, errorAt: ErrorAt): Problem[] {
  const declared = asArray(asRecord(data)['sources'])
    .map((s) => asString(asRecord(s)['id']))
    .filter((id): id is string => id !== undefined);
  const known = new Set(declared);
  const hint = declared.length === 0 ? 'no sources are declared under "sources"' : `declared: ${declared.join(', ')}`;
  const out: Problem[] = [];
  const check = (ref: unknown, path: Path): void => {
    const id = asString(ref);
    if (id !== undefined && !known.has(id)) out.push(errorAt(path, `unknown source "${id}" (${hint})`));
  };
  for (const { slide, path } of slidesOf(data)) {
    asArray(slide['sources']).forEach((ref, i) => check(ref, [...path, 'sources', i]));
    asArray(slide['stats']).forEach((stat, i) => check(asRecord(stat)['source'], [...path, 'stats', i, 'source']));
  }
  return out;
}
