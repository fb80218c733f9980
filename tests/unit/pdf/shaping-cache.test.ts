// Spec: the shaping cache (main/pdf/shaping-cache.ts) gives back exactly what was shaped, never a result of another
// font or library version, survives a corrupt file and an unwritable folder silently, and leaves exports
// byte-identical whether it is cold, warm or off.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing } from '../../../main/model/schema';
import { bundledBriefingPath } from '../../../main/paths';
import { exportPdf } from '../../../main/pdf/export';
import { closeShapingCache, fontShapes, openShapingCache, saveShapingCache, shapingCacheFile, type CachedRun } from '../../../main/pdf/shaping-cache';

const VERSIONS = 'puente@0.1.0,fontkit@2.0.4,pdfkit@0.20.2';
const FONT_A = new Uint8Array([1, 2, 3]);
const FONT_B = new Uint8Array([1, 2, 4]);
const RUN: CachedRun = {
  glyphs: [{ id: 36, advanceWidth: 540, codePoints: [0x41] }, { id: 1021, advanceWidth: 0, codePoints: [0x301] }],
  positions: [{ xAdvance: 0.1 + 0.2, yAdvance: 0, xOffset: 0, yOffset: -0, advanceWidth: 540 }, { xAdvance: 1e-7, yAdvance: 0, xOffset: -268.5, yOffset: 12, advanceWidth: 0 }],
  advanceWidth: 0.1 + 0.2 + 1e-7,
};

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'puente-shaping-'));
  dirs.push(d);
  return d;
};
afterEach(() => closeShapingCache());
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Shapes RUN as "Á" in font A, saves, and opens the cache again as a new process would. */
function saveAndReopen(dir: string, versions = VERSIONS): void {
  openShapingCache(dir, versions);
  fontShapes(FONT_A)!.set('Á', RUN);
  saveShapingCache();
  closeShapingCache();
}

describe('the shaping cache', () => {
  test('is off until opened: nothing is kept', () => {
    expect(fontShapes(FONT_A)).toBeUndefined();
  });

  test('gives back a saved word exactly, to the last bit of every width', () => {
    const dir = tempDir();
    saveAndReopen(dir);
    openShapingCache(dir, VERSIONS);
    expect(fontShapes(FONT_A)!.get('Á')).toEqual(RUN);
    expect(fontShapes(FONT_A)!.get('Á')!.advanceWidth).toBe(RUN.advanceWidth);
    expect(fontShapes(FONT_A)!.get('B')).toBeUndefined();
  });

  test('never gives a word shaped in another font file (by content, not name)', () => {
    const dir = tempDir();
    saveAndReopen(dir);
    openShapingCache(dir, VERSIONS);
    expect(fontShapes(FONT_B)!.get('Á')).toBeUndefined();
  });

  test('never gives a word shaped in another font of the same collection file', () => {
    const dir = tempDir();
    openShapingCache(dir, VERSIONS);
    fontShapes(FONT_A, 'NotoSansCJKjp-Regular')!.set('Á', RUN);
    saveShapingCache();
    closeShapingCache();
    openShapingCache(dir, VERSIONS);
    expect(fontShapes(FONT_A, 'NotoSansCJKjp-Regular')!.get('Á')).toEqual(RUN);
    expect(fontShapes(FONT_A, 'NotoSansCJKkr-Regular')!.get('Á')).toBeUndefined();
  });

  test('never gives a word shaped by another Puente, fontkit or pdfkit version', () => {
    const dir = tempDir();
    saveAndReopen(dir);
    for (const other of ['puente@0.2.0,fontkit@2.0.4,pdfkit@0.20.2', 'puente@0.1.0,fontkit@2.0.5,pdfkit@0.20.2', 'puente@0.1.0,fontkit@2.0.4,pdfkit@0.21.0']) {
      openShapingCache(dir, other);
      expect(fontShapes(FONT_A)!.get('Á')).toBeUndefined();
    }
    expect(shapingCacheFile(dir, VERSIONS)).not.toBe(shapingCacheFile(dir, 'puente@0.1.0,fontkit@2.0.5,pdfkit@0.20.2'));
  });

  test.each([
    ['not JSON', '{"format": 1, "fonts": {'],
    ['another format', '{"format": 999, "fonts": {}}'],
    ['JSON of another shape', '[1, 2, 3]'],
    ['empty', ''],
  ])('starts empty from a corrupt file (%s), and the next save replaces it', (_what, content) => {
    const dir = tempDir();
    writeFileSync(shapingCacheFile(dir, VERSIONS)!, content);
    expect(() => openShapingCache(dir, VERSIONS)).not.toThrow();
    expect(fontShapes(FONT_A)!.get('Á')).toBeUndefined();
    fontShapes(FONT_A)!.set('Á', RUN);
    saveShapingCache();
    closeShapingCache();
    openShapingCache(dir, VERSIONS);
    expect(fontShapes(FONT_A)!.get('Á')).toEqual(RUN);
  });

  test('skips a damaged entry (it is shaped again), keeps the rest', () => {
    const dir = tempDir();
    saveAndReopen(dir);
    const file = shapingCacheFile(dir, VERSIONS)!;
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { fonts: Record<string, Record<string, unknown>> };
    const font = Object.values(stored.fonts)[0]!;
    font['x'] = '1,wide|1,2,3,4,5';
    font['y'] = '1,2|';
    font['z'] = [[[1, 2]], [[1, 2, 3, 4, 5]]];
    writeFileSync(file, JSON.stringify(stored));
    openShapingCache(dir, VERSIONS);
    expect(fontShapes(FONT_A)!.get('x')).toBeUndefined();
    expect(fontShapes(FONT_A)!.get('y')).toBeUndefined();
    expect(fontShapes(FONT_A)!.get('z')).toBeUndefined();
    expect(fontShapes(FONT_A)!.get('Á')).toEqual(RUN);
  });

  test('an unwritable folder is no error: the run shapes without keeping anything', () => {
    const dir = tempDir();
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    // A folder under a file can never be created or written, even by root.
    const inside = join(file, 'cache');
    expect(() => openShapingCache(inside, VERSIONS)).not.toThrow();
    fontShapes(FONT_A)!.set('Á', RUN);
    expect(() => saveShapingCache()).not.toThrow();
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  test('writes atomically: no temp file is left beside the cache', () => {
    const dir = tempDir();
    saveAndReopen(dir);
    expect(readdirSync(dir)).toEqual([shapingCacheFile(dir, VERSIONS)!.split('/').pop()]);
  });
});

describe('exports with the shaping cache', () => {
  const ENV = { SOURCE_DATE_EPOCH: '1700000000' };
  let briefing: Briefing;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    const loaded = await loadBriefing(bundledBriefingPath(), { bundled: true });
    if (loaded.status !== 'loaded') throw new Error('bundled briefing did not load');
    // Every script and rule the text pipeline handles: Vietnamese marks, Hebrew and Arabic (fallback faces, right to
    // left, joining), a soft hyphen, a ligature, an emoji with a skin tone.
    briefing = structuredClone(loaded.briefing);
    const slide = briefing.topics[0]!.slides[0]!;
    if ('title' in slide && slide.title !== undefined) slide.title = { en: 'Tiếng Việt: Hà Nội, עברית, العربية — co\u00ADoperate ﬁnal 👩🏽', es: 'Ça: São Paulo, niño, Œuvre' };
  });

  const exportTo = async (name: string): Promise<Buffer> => {
    const outPath = join(dir, name);
    await exportPdf(briefing, { layout: 'slides', lang: 'both', outPath, packDir: join(bundledBriefingPath(), '..'), env: ENV });
    return readFileSync(outPath);
  };

  test('are byte-identical with the cache off, cold and warm', async () => {
    closeShapingCache();
    const off = await exportTo('off.pdf');
    const cacheDir = tempDir();
    openShapingCache(cacheDir);
    const cold = await exportTo('cold.pdf');
    saveShapingCache();
    closeShapingCache();
    openShapingCache(cacheDir);
    // The cold export kept its words, in several faces (Source Sans and the Hebrew and Arabic fallbacks at least).
    const kept = JSON.parse(readFileSync(shapingCacheFile(cacheDir)!, 'utf8')) as { fonts: Record<string, Record<string, unknown>> };
    expect(Object.keys(kept.fonts).length).toBeGreaterThanOrEqual(3);
    const warm = await exportTo('warm.pdf');
    expect(cold.equals(off)).toBe(true);
    expect(warm.equals(off)).toBe(true);
  });
});
