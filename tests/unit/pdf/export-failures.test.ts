// Spec: a failed export says which path and why, leaves no file behind and never damages an existing file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ExportError, exportPdf } from '../../../main/pdf/export';
import { allLayouts, writePicture } from './all-layouts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-fail-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const attempt = (outPath: string, image?: string): Promise<unknown> =>
  exportPdf(allLayouts(image), { layout: 'slides', lang: 'en', outPath, packDir: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );

test('a missing folder is an ExportError saying so, and no file appears', async () => {
  const out = join(dir, 'missing', 'deck.pdf');
  const err = await attempt(out);
  expect(err).toBeInstanceOf(ExportError);
  expect((err as ExportError).message).toBe(`Cannot write ${out}: the folder does not exist`);
  expect(readdirSync(dir)).toEqual([]);
});

test('a folder path running through a file is an ExportError, and nothing is written', async () => {
  writeFileSync(join(dir, 'plain-file'), 'x');
  const out = join(dir, 'plain-file', 'deck.pdf');
  const err = await attempt(out);
  expect(err).toBeInstanceOf(ExportError);
  expect((err as ExportError).message).toBe(`Cannot write ${out}: part of the folder path is a file, not a folder`);
  expect(readdirSync(dir)).toEqual(['plain-file']);
});

test('a failure midway leaves an existing file byte for byte as it was, and no temp file', async () => {
  const out = join(dir, 'deck.pdf');
  writeFileSync(out, 'the previous export');
  // No picture is written, so the export fails after its temp file was opened. The message blames the slide's
  // picture, not the output file.
  const err = await attempt(out, 'absent.png');
  expect(err).toBeInstanceOf(ExportError);
  expect((err as ExportError).message).toBe(
    `Cannot export ${out}: the image "absent.png" of slide "picture" cannot be printed: it is not in the briefing folder`,
  );
  expect(readFileSync(out, 'utf8')).toBe('the previous export');
  expect(readdirSync(dir)).toEqual(['deck.pdf']);
});

test('an image path leaving the pack folder is refused', async () => {
  const err = await attempt(join(dir, 'deck.pdf'), '../outside.png');
  expect((err as ExportError).message).toContain('the image "../outside.png" of slide "picture" is outside the briefing folder');
  expect(readdirSync(dir)).toEqual([]);
});

test('a successful export replaces an existing file and leaves no temp file', async () => {
  writePicture(dir);
  const out = join(dir, 'deck.pdf');
  writeFileSync(out, 'old');
  await exportPdf(allLayouts(), { layout: 'slides', lang: 'en', outPath: out, packDir: dir });
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  expect(readdirSync(dir).sort()).toEqual(['deck.pdf', 'map.png']);
});

test('an image inside the pack whose name starts with two dots is drawn, in the slides and in the brief', async () => {
  const { loadBriefing } = await import('../../../main/briefing/load');
  const pack = join(__dirname, '../../fixtures/hostile/image-dotdot-name');
  const loaded = await loadBriefing(pack);
  if (loaded.status !== 'loaded') throw new Error('the fixture should load');
  for (const layout of ['slides', 'brief'] as const) {
    const out = join(dir, `${layout}.pdf`);
    await exportPdf(loaded.briefing, { layout, lang: 'en', outPath: out, packDir: pack });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }
});
