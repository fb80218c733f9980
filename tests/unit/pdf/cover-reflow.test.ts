// Spec (issue 13, item 10): the cover reflows with every combination of meta fields — presenter, date or "as of",
// subtitle, a long organization, a classification — in every export language and on both page shapes: no two words
// overlap, nothing reaches the footer band or crosses a banner, the organization is printed whole, and every label
// is printed in each exported language.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { ExportLang } from '../../../main/model/export-options';
import type { Briefing, Meta } from '../../../main/model/schema';
import { exportPdf } from '../../../main/pdf/export';
import { frameProblems } from './frame-bands';
import { pageWords } from './word-boxes';

const PACK = resolve(__dirname, '../../fixtures/packs/minimal');
let dir: string;
let base: Briefing;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-cover-'));
  const loaded = await loadBriefing(PACK);
  if (loaded.status !== 'loaded') throw new Error('fixture did not load');
  base = loaded.briefing;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG_ORG = { en: 'State of California Governor’s Office of Emergency Services and Military Department', es: 'Oficina de Servicios de Emergencia y Departamento Militar del Gobernador del Estado de California' };

type Field = 'presenter' | 'date' | 'asOf' | 'subtitle' | 'classification' | 'longOrg';
const FIELDS: Field[] = ['presenter', 'date', 'asOf', 'subtitle', 'classification', 'longOrg'];

function metaWith(meta: Meta, on: Set<Field>): Meta {
  return {
    ...meta,
    ...(on.has('presenter') ? { presenter: { en: 'Maj. Gen. Matthew Beevers, Adjutant General', es: 'Gral. de Div. Matthew Beevers, Ayudante General' } } : {}),
    ...(on.has('date') ? { date: '14 March 2026' } : {}),
    ...(on.has('asOf') ? { asOf: '2025' } : {}),
    ...(on.has('subtitle') ? { subtitle: { en: 'Security cooperation, disaster resilience and economic ties between two neighbours', es: 'Cooperación en seguridad, resiliencia ante desastres y vínculos económicos entre dos vecinos' } } : {}),
    ...(on.has('classification') ? { classification: { text: 'UNCLASSIFIED', color: '#007a33' } } : {}),
    ...(on.has('longOrg') ? { organization: LONG_ORG } : {}),
  };
}

// Every subset of the fields, each exported as slides (16:9) and as a letter handout, in en, es and both; the date
// is absent, given, or an "as of" (a given date wins over "as of", so both together add nothing): 48 covers.
const SUBSETS = Array.from({ length: 1 << FIELDS.length }, (_, m) => new Set(FIELDS.filter((_, i) => m & (1 << i)))).filter((on) => !(on.has('date') && on.has('asOf')));
const LANGS: ExportLang[] = ['en', 'es', 'both'];

describe.each(LANGS)('cover in %s', (lang) => {
  test.each(['slides', 'handout-1'] as const)('%s: every combination of meta fields reflows without a collision', async (layout) => {
    const problems: string[] = [];
    for (const on of SUBSETS) {
      const briefing: Briefing = { ...base, meta: metaWith(base.meta, on), topics: base.topics.slice(0, 1) };
      const file = join(dir, `${layout}-${lang}-${[...on].join('+') || 'none'}.pdf`);
      await exportPdf(briefing, { layout, lang, outPath: file, packDir: PACK });
      const [cover] = pageWords(file);
      if (!cover) throw new Error(`${file} has no page`);
      const what = `${[...on].join(', ') || 'no optional field'}`;
      problems.push(...frameProblems(cover, on.has('classification')).map((p) => `${what}: ${p}`));
      // In drawing order (-raw), so a value wrapped beside its two-line label reads whole.
      const text = execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const orgs = on.has('longOrg') ? LONG_ORG : { en: 'Puente tests', es: 'Puente tests' };
      const langs = lang === 'both' ? (['en', 'es'] as const) : ([lang] as const);
      for (const l of langs) {
        if (!text.includes(orgs[l])) problems.push(`${what}: organization not whole in ${l}`);
        const labels = l === 'es' ? ['ORGANIZACIÓN', ...(on.has('presenter') ? ['PRESENTA'] : []), ...(on.has('date') || on.has('asOf') ? ['FECHA'] : [])] : ['ORGANIZATION', ...(on.has('presenter') ? ['PRESENTER'] : []), ...(on.has('date') || on.has('asOf') ? ['DATE'] : [])];
        for (const label of labels) if (!text.includes(label)) problems.push(`${what}: no "${label}" label`);
      }
      if (on.has('subtitle') && lang === 'both' && !text.includes('Cooperación en seguridad')) problems.push(`${what}: no Spanish subtitle`);
    }
    expect(problems).toEqual([]);
  });
});
