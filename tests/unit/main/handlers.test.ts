// The IPC handlers the Electron shell registers, called as the shell calls them (frame URL, request).
import { expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../../main/handlers';
import type { LoadResult, ExportResult, ImageResult } from '../../../main/model/contract';

const APP = 'app://puente/index.html';
const root = resolve(__dirname, '../../..');
const make = (out?: string) => createHandlers({ chooseBriefingPath: async () => null, chooseExportPath: async () => out ?? null });

test('the bundled briefing is served first', async () => {
  const r = (await make()['briefing:get'](APP, undefined)) as LoadResult;
  expect(r.status).toBe('loaded');
  if (r.status === 'loaded') expect(r.source.bundled).toBe(true);
});

test('a call from any frame but the app is refused', async () => {
  await expect(make()['briefing:get']('https://evil.example/', undefined)).rejects.toThrow(/not Puente's own window/);
});

test('a request that breaks the contract is refused', async () => {
  await expect(make()['export:pdf'](APP, { lang: 'fr' })).rejects.toThrow(/invalid request/);
  await expect(make()['briefing:open'](APP, { path: 1 })).rejects.toThrow(/invalid request/);
});

test('export asks for a path, writes the PDF and reports its pages', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-h-')), 'x.pdf');
  const r = (await make(out)['export:pdf'](APP, { lang: 'en', id: 'h1' })) as ExportResult;
  // The bundled briefing prints whole: no warning of any kind.
  expect(r).toEqual({ status: 'exported', id: 'h1', path: out, pages: expect.any(Number), warnings: [] });
  if (r.status === 'exported') expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${r.pages}\\b`));
});

test('cancelling the save dialog cancels the export', async () => {
  expect(await make()['export:pdf'](APP, { lang: 'en', id: 'h2' })).toEqual({ status: 'cancelled', id: 'h2' });
});

test('export into a missing folder fails with a message, not a throw', async () => {
  const r = (await make('/nonexistent-dir/x.pdf')['export:pdf'](APP, { lang: 'en' })) as ExportResult;
  expect(r.status).toBe('failed');
});

test('opening an invalid pack reports its errors and keeps the last good briefing', async () => {
  const h = make();
  const bad = (await h['briefing:open'](APP, { path: join(root, 'tests/fixtures/packs/broken-layout') })) as LoadResult;
  expect(bad.status).toBe('invalid');
  const cur = (await h['briefing:get'](APP, undefined)) as LoadResult;
  expect(cur.status === 'loaded' && cur.source.bundled).toBe(true);
});

test('opening a valid pack makes it current', async () => {
  const h = make();
  await h['briefing:open'](APP, { path: join(root, 'tests/fixtures/packs/minimal') });
  const cur = (await h['briefing:get'](APP, undefined)) as LoadResult;
  expect(cur.status === 'loaded' && cur.source.name).toBe('minimal');
});

test.each(['../../package.json', '/etc/passwd.png', '../../../../etc/hosts.png'])('an image path out of the pack (%s) is refused', async (path) => {
  const r = (await make()['asset:image'](APP, { path })) as ImageResult;
  expect(r.status).toBe('failed');
});
