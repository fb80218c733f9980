import { test } from 'vitest';
import { dirname } from 'node:path';
import { loadBriefing } from '../../../main/briefing/load';
import { exportPdf } from '../../../main/pdf/export';
import { bundledBriefingPath } from '../../../main/paths';
test('dbg', async () => {
  const pack = process.env.PACK ?? bundledBriefingPath();
  const r = await loadBriefing(pack);
  if (r.status !== 'loaded') throw new Error('x');
  for (const lang of (process.env.LANGS ?? 'en,both').split(',') as ('en' | 'es' | 'both')[]) {
    const done = await exportPdf(r.briefing, { layout: 'slides', lang, backup: 'include', outPath: `/tmp/geo-${lang}.pdf`, packDir: dirname(pack) });
    console.log(lang, done.cuts);
  }
}, 120000);
