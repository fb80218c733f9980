// Tolerant readers over the parsed (not yet validated) document, so every check can run even when the schema fails.
export type Path = readonly PropertyKey[];

export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Every slide with its path, across all topics. */
export function* slidesOf(data: unknown): Generator<{ slide: Record<string, unknown>; path: Path }> {
  const topics = asArray(asRecord(data)['topics']);
  for (const [t, topic] of topics.entries()) {
    for (const [s, slide] of asArray(asRecord(topic)['slides']).entries()) {
      yield { slide: asRecord(slide), path: ['topics', t, 'slides', s] };
    }
  }
}
