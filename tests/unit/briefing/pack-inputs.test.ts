// An export never writes over the pack it exports: its YAML, an image a slide shows, or a link to either — in every
// format — and the file is left as it was; an ordinary path beside them is still written.
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { exportBriefing } from '../../../main/formats/export';
import { exportPdf, ExportError } from '../../../main/pdf/export';
import type { Briefing } from '../../../main/model/schema';

let dir: string;
let briefing: Briefing;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'puente-inputs-')), 'pack');
  cpSync('tests/fixtures/long-text', dir, { recursive: true });
  const r = await loadBriefing(dir);
  if (r.status !== 'loaded') throw new Error('fixture did not load');
  briefing = r.briefing;
  symlinkSync(join(dir, 'briefing.yaml'), join(dir, '..', 'link.pdf'));
});

describe('an export pointed at the pack itself', () => {
  const cases: [string, () => string, 'pdf' | 'pptx' | 'html'][] = [
    ['the pack YAML', () => join(dir, 'briefing.yaml'), 'pdf'],
    ['an image a slide shows', () => join(dir, 'map.png'), 'pdf'],
    ['a link to the pack YAML', () => join(dir, '..', 'link.pdf'), 'pdf'],
    ['an image, as a deck', () => join(dir, 'map.png'), 'html'],
    ['the YAML spelled with ./ and ..', () => join(dir, '.', '..', 'pack', 'briefing.yaml'), 'pptx'],
  ];
  it.each(cases)('refuses %s and leaves it as it was', async (_what, out, format) => {
    const path = out();
    const before = readFileSync(path);
    const run = format === 'pdf' ? exportPdf(briefing, { layout: 'slides', lang: 'en', outPath: path, packDir: dir }) : exportBriefing(briefing, { format, layout: 'slides', lang: 'en', outPath: path, packDir: dir });
    await expect(run).rejects.toThrow(ExportError);
    await expect(run).rejects.toThrow(/part of the briefing being exported/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('still writes a new file in the pack folder', async () => {
    const done = await exportPdf(briefing, { layout: 'slides', lang: 'en', outPath: join(dir, 'briefing.pdf'), packDir: dir });
    expect(readFileSync(done.path).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
