// A big pack whose only problems are warnings is loaded without parsing its whole document with positions (over
// 200 MB of heap at 5,000 slides, issue 14): each warning is placed from its topic's lines, exactly where it is
// written, and a pack with an error still reads as before.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeSyntheticPack } from '../../../bench/synthetic-pack';
import { loadBriefing } from '../../../main/briefing/load';
import { SLICE_FROM_BYTES } from '../../../main/briefing/topic-slices';

function bigPack(edit: (text: string) => string): string {
  const file = writeSyntheticPack(mkdtempSync(join(tmpdir(), 'puente-bigwarn-')), { slides: 800 });
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return file;
}

test('each warning of a big pack is placed where its text is written', async () => {
  let n = 0;
  // A character no font draws (a different one each time), in every 4th topic's Spanish title: a warning placed at the character itself.
  const file = bigPack((t) => t.replace(/^(\s+es: )"?Parte/gm, (m, lead: string) => (n++ % 4 === 0 ? `${lead}"${String.fromCodePoint(0xe000 + n)} Parte` : m)));
  const text = readFileSync(file, 'utf8');
  expect(text.length).toBeGreaterThan(SLICE_FROM_BYTES);
  const r = await loadBriefing(file);
  expect(r.status).toBe('loaded');
  const lines = text.split('\n');
  const glyphWarnings = r.warnings.filter((w) => w.message.includes('no font can draw'));
  expect(glyphWarnings.length).toBeGreaterThan(3);
  for (const w of r.warnings) {
    expect(w.line).toBeGreaterThan(1);
    if (w.message.includes('no font can draw')) expect(lines[w.line - 1]!.slice(w.col - 1)).toMatch(/^[\u{E000}-\u{E0FF}]/u);
  }
});

test('a big pack with an error is still placed from the whole document', async () => {
  const file = bigPack((t) => t.replace(/layout: bullets/, 'layout: bulets'));
  const r = await loadBriefing(file);
  expect(r.status).toBe('invalid');
  const e = r.status === 'invalid' ? r.errors[0] : undefined;
  expect(e?.message).toContain('expected one of');
  expect(readFileSync(file, 'utf8').split('\n')[e!.line - 1]).toContain('bulets');
});
