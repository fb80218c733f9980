// Specification of the synthetic pack the benchmarks run on: valid, the size asked for, and a realistic mix.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { LoadOutcome } from '../../../main/briefing/load';
import { writeSyntheticPack } from '../../../bench/synthetic-pack';

let root: string;
let loaded: LoadOutcome;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'puente-synthetic-'));
  loaded = await loadBriefing(writeSyntheticPack(join(root, 'big'), { slides: 500 }));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function briefingOf(r: LoadOutcome) {
  if (r.status !== 'loaded') throw new Error(`not loaded: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.briefing;
}

describe('writeSyntheticPack', () => {
  it('writes a 500-slide pack that loads with no errors or warnings', () => {
    expect(loaded.status === 'invalid' ? loaded.errors : []).toEqual([]);
    expect(loaded.status).toBe('loaded');
    expect(loaded.warnings).toEqual([]);
  });

  it('spreads the slides over one topic per ten slides by default', () => {
    const b = briefingOf(loaded);
    expect(b.topics).toHaveLength(50);
    expect(b.topics.reduce((n, t) => n + t.slides.length, 0)).toBe(500);
  });

  it('offers both languages and gives every slide notes in both', () => {
    const b = briefingOf(loaded);
    expect(b.meta.languages).toEqual(['en', 'es']);
    for (const s of b.topics.flatMap((t) => t.slides)) expect(s.notes).toMatchObject({ en: expect.any(String), es: expect.any(String) });
  });

  it('mixes the layouts, without images, and cites the one declared source', () => {
    const slides = briefingOf(loaded).topics.flatMap((t) => t.slides);
    expect(new Set(slides.map((s) => s.layout))).toEqual(new Set(['section', 'bullets', 'stats', 'chart', 'quote', 'timeline', 'two-column']));
    expect(briefingOf(loaded).sources.map((s) => s.id)).toEqual(['synthetic-report']);
    expect(slides.every((s) => s.sources.includes('synthetic-report'))).toBe(true);
    for (const s of slides) {
      if (s.layout === 'bullets') expect([4, 5, 6]).toContain(s.bullets.length);
      if (s.layout === 'chart') expect(s.chart.bars).toHaveLength(5);
    }
  });

  it('holds about one slide in twenty in reserve as backup', () => {
    const backups = briefingOf(loaded).topics.flatMap((t) => t.slides).filter((s) => s.backup).length;
    expect(backups).toBeGreaterThanOrEqual(20);
    expect(backups).toBeLessThanOrEqual(30);
  });

  it('honours an explicit topic count', async () => {
    const b = briefingOf(await loadBriefing(writeSyntheticPack(join(root, 'small'), { slides: 7, topics: 3 })));
    expect(b.topics.map((t) => t.slides.length)).toEqual([2, 2, 3]);
  });
});
