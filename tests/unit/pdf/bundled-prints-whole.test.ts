// The bundled briefing is what every user sees first and every author copies: each of its exports prints every text
// whole — no "…" anywhere, in every layout and language, backup slides included.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { EXPORT_LANGS, EXPORT_LAYOUTS } from '../../../main/model/export-options';
import { exportPdf } from '../../../main/pdf/export';
import { bundledBriefingPath } from '../../../main/paths';

const out = mkdtempSync(join(tmpdir(), 'puente-bundled-whole-'));

test.each(EXPORT_LAYOUTS.flatMap((layout) => EXPORT_LANGS.map((lang) => ({ layout, lang }))))('$layout in $lang cuts nothing', async ({ layout, lang }) => {
  const loaded = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (loaded.status !== 'loaded') throw new Error('the bundled briefing does not load');
  expect(loaded.warnings).toEqual([]);
  const done = await exportPdf(loaded.briefing, { layout, lang, backup: 'include', outPath: join(out, `${layout}-${lang}.pdf`), packDir: dirname(bundledBriefingPath()) });
  expect(done.cuts).toEqual([]);
});

// Handouts printed with the speaker notes: a slide whose notes need more room than its shared slot gets a page of its
// own, so no note is set tiny or cut — in every language, the bilingual notes (twice the words) included.
const WITH_NOTES = (['handout-1', 'handout-2', 'handout-3'] as const).flatMap((layout) => EXPORT_LANGS.map((lang) => ({ layout, lang })));
test.each(WITH_NOTES)('$layout with notes in $lang cuts nothing', async ({ layout, lang }) => {
  const loaded = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (loaded.status !== 'loaded') throw new Error('the bundled briefing does not load');
  const done = await exportPdf(loaded.briefing, { layout, lang, notes: true, backup: 'include', outPath: join(out, `${layout}-${lang}-notes.pdf`), packDir: dirname(bundledBriefingPath()) });
  expect(done.cuts).toEqual([]);
});
