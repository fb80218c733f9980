// Planned times in a pack: `duration` on slides and topics, `meta.slideDuration`; every wrong one is refused where it
// was written, saying how to write it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { formatProblem } from '../../../main/model/problems';
import { planOf } from '../../../main/model/plan';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'puente-times-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let n = 0;
async function load(yaml: string) {
  const file = join(root, `p${n++}.yaml`);
  await writeFile(file, yaml);
  return { file, result: await loadBriefing(file) };
}

/** A pack with `slideDuration`, a topic's and a slide's duration written as given (YAML source, unquoted). */
const packWith = (t: { meta?: string; topic?: string; slide?: string }) => `puente: 1
meta:
  title: Test
  organization: Tests
${t.meta ? `  slideDuration: ${t.meta}\n` : ''}topics:
  - id: first
    title: First
${t.topic ? `    duration: ${t.topic}\n` : ''}    slides:
      - id: opening
        layout: title
        title: Opening
${t.slide ? `        duration: ${t.slide}\n` : ''}`;

describe('planned times in a pack', () => {
  it('loads and plans the times written the format’s way', async () => {
    const { result } = await load(packWith({ meta: '45s', topic: '5m', slide: '1m30s' }));
    expect(result.status).toBe('loaded');
    if (result.status !== 'loaded') return;
    expect(result.briefing.meta.slideDuration).toBe('45s');
    expect(planOf(result.briefing).topics[0]!.seconds).toBe(300);
  });

  it.each([
    ['slide', 'topics[0].slides[0].duration', 12, 19, '"2 minutes"', 'expected a planned time like "90s", "2m" or "1m30s"; got "2 minutes" (write "2m")'],
    ['slide', 'topics[0].slides[0].duration', 12, 19, '-2m', 'a planned time cannot be negative; got "-2m"'],
    ['slide', 'topics[0].slides[0].duration', 12, 19, '90', 'a planned time needs its unit: write "1m30s" for 90 seconds or "1h30m" for 90 minutes'],
    ['slide', 'topics[0].slides[0].duration', 12, 19, '-90', 'a planned time cannot be negative; got -90'],
    ['slide', 'topics[0].slides[0].duration', 12, 19, '3h', 'a planned time of "3h" is longer than the 1h allowed here; check for a typo'],
    ['topic', 'topics[0].duration', 8, 15, '2 mins', 'expected a planned time like "90s", "2m" or "1m30s"; got "2 mins" (write "2m")'],
    ['topic', 'topics[0].duration', 8, 15, '0m', 'a planned time must be more than zero; got "0m"'],
    ['topic', 'topics[0].duration', 8, 15, '25h', 'a planned time of "25h" is longer than the 4h allowed here; check for a typo'],
    ['meta', 'meta.slideDuration', 5, 18, '1.5m', 'expected a planned time like "90s", "2m" or "1m30s"; got "1.5m" (write "1m30s")'],
    ['meta', 'meta.slideDuration', 5, 18, '{ en: 2m }', 'expected a planned time like "90s", "2m" or "1m30s"'],
  ] as const)('a %s `%s` written %s… is refused at its place', async (where, path, line, col, written, message) => {
    const { result } = await load(packWith({ [where]: written }));
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.errors.map(({ line, col, path, message }) => ({ line, col, path, message }))).toEqual([{ line, col, path, message }]);
    expect(formatProblem(result.errors[0]!)).toMatch(new RegExp(`\\.yaml:${line}:${col} ${path.replace(/[.[\]]/g, '\\$&')}: `));
  });
});
