// Makes it possible to tailor today's run: which topics to present and in what order, as pure list edits.

export interface RunRow {
  id: string;
  included: boolean;
}

/** The editor's rows for a run: the run's topics in its order, then the rest of the pack's, left out. */
export function rowsForRun(packTopicIds: readonly string[], run: readonly string[] | null): RunRow[] {
  if (!run) return packTopicIds.map((id) => ({ id, included: true }));
  const known = new Set(packTopicIds);
  const chosen = run.filter((id) => known.has(id));
  const rest = packTopicIds.filter((id) => !chosen.includes(id));
  return [...chosen.map((id) => ({ id, included: true })), ...rest.map((id) => ({ id, included: false }))];
}

/** Moves a row up (-1) or down (+1); unchanged at the ends. */
export function moveRow(rows: readonly RunRow[], index: number, delta: -1 | 1): RunRow[] {
  const to = index + delta;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const out = [...rows];
  const [row] = out.splice(index, 1);
  if (row) out.splice(to, 0, row);
  return out;
}

export function toggleRow(rows: readonly RunRow[], index: number): RunRow[] {
  return rows.map((r, i) => (i === index ? { ...r, included: !r.included } : r));
}

/** The run the rows describe; null when it is simply the whole pack in its own order (or nothing is chosen). */
export function runOfRows(packTopicIds: readonly string[], rows: readonly RunRow[]): string[] | null {
  const ids = rows.filter((r) => r.included).map((r) => r.id);
  if (ids.length === 0) return null;
  const whole = ids.length === packTopicIds.length && ids.every((id, i) => id === packTopicIds[i]);
  return whole ? null : ids;
}

/** Seconds in a slot typed as whole minutes ("10"); null when empty or not 1–480 whole minutes. */
export function slotOfMinutes(text: string | number | null | undefined): number | null {
  const minutes = typeof text === 'number' ? text : Number(String(text ?? '').trim() || Number.NaN);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 480 ? minutes * 60 : null;
}
