// What the author wrote is what every PDF prints: each pack of tests/fixtures/fidelity/ exported in every layout and
// language; every visible string it prints (composed, default-ignorables removed) is in the PDF's text layer, or it
// is a text the export reports as cut (and so warns about). The right value is the assertion.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { EXPORT_LAYOUTS, type ExportLang, type ExportLayout } from '../../../main/model/export-options';
import type { Briefing, Lang, Slide, Text } from '../../../main/model/schema';
import { visibleText } from '../../../main/model/unicode';
import { exportPdf } from '../../../main/pdf/export';
import { appRoot } from '../../../main/paths';

const CORPUS = join(appRoot(), 'tests', 'fixtures', 'fidelity');
const packs = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const out = mkdtempSync(join(tmpdir(), 'puente-fidelity-'));
const SHY = '\u00AD';
const RTL = /[\u0590-\u08FF]/;

/** Each wording of `text` printed in `langs`. */
const wordings = (text: Text | undefined, langs: Lang[]): string[] => {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return langs.flatMap((l) => (text[l] === undefined ? [] : [text[l] as string]));
};

/** The texts a slide shows (not its alt text, which is tagging; not its notes, which only the notes layout prints). */
function slideTexts(s: Slide): (Text | undefined)[] {
  const bullets = (list: (Text | { text: Text; bullets: Text[] })[]) => list.flatMap((b) => (typeof b === 'object' && 'text' in b ? [b.text, ...b.bullets] : [b]));
  switch (s.layout) {
    case 'title': return [s.title, s.subtitle, s.kicker];
    case 'section': return [s.title, s.subtitle];
    case 'bullets': return [s.title, s.lead, ...bullets(s.bullets)];
    case 'stats': return [s.title, s.lead, ...s.stats.flatMap((x) => [x.value, x.label])];
    case 'quote': return [s.title, s.quote, s.attribution, s.role];
    case 'chart': return [s.title, s.lead, s.caption, s.chart.unit, ...s.chart.bars.map((b) => b.label)];
    case 'timeline': return [s.title, ...s.events.flatMap((e) => [e.when, e.text])];
    case 'image': return [s.title, s.caption];
    case 'two-column': return [s.title, s.left.heading, ...bullets(s.left.bullets), s.right.heading, ...bullets(s.right.bullets)];
  }
}

/** Every string an export prints from the pack, in the languages it prints. */
function printedStrings(b: Briefing, layout: ExportLayout, langs: Lang[]): string[] {
  const texts: (Text | undefined)[] = [b.meta.title, b.meta.organization];
  for (const t of b.topics) for (const s of t.slides) texts.push(...slideTexts(s), ...(layout === 'notes' ? [s.notes] : []));
  // Topic titles head the contents and the outline in the first language; the brief prints both.
  const topics = b.topics.flatMap((t) => wordings(t.title, layout === 'brief' ? langs : langs.slice(0, 1)));
  return [...new Set([...texts.flatMap((t) => wordings(t, langs)), ...topics])].filter((s) => visibleText(s).trim() !== '');
}

/** Text as compared: what a reader sees, without case or white space (line breaks fall anywhere). */
const squash = (s: string): string => visibleText(s).toLowerCase().replace(/\s+/g, '');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `extracted` holds `expected`; a soft hyphen may show as "-" where the line broke at it. */
function holds(extracted: string, expected: string): boolean {
  const parts = expected.normalize('NFC').split(SHY).map((p) => escape(squash(p)));
  return new RegExp(parts.join('-?')).test(extracted);
}

const pdfText = (file: string, raw: boolean): string => execFileSync('pdftotext', [...(raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8' });

const LANGS: [ExportLang, Lang[]][] = [['en', ['en']], ['es', ['es']], ['both', ['en', 'es']]];

describe.each(packs)('the %s pack', (pack) => {
  test.each(EXPORT_LAYOUTS.flatMap((layout) => LANGS.map(([lang, langs]) => ({ layout, lang, langs }))))(
    'prints every string it shows in $layout, $lang',
    async ({ layout, lang, langs }) => {
      const loaded = await loadBriefing(join(CORPUS, pack));
      expect(loaded.status).toBe('loaded');
      if (loaded.status !== 'loaded') return;
      const file = join(out, `${pack}-${layout}-${lang}.pdf`);
      const done = await exportPdf(loaded.briefing, { layout, lang, backup: 'include', outPath: file, packDir: join(CORPUS, pack) });
      const cut = new Set(done.cuts.map((c) => c.text));
      // Content-stream order keeps each text's lines together; right-to-left lines need poppler's reading order.
      const raw = squash(pdfText(file, true));
      const read = squash(pdfText(file, false));
      const missing = printedStrings(loaded.briefing, layout, langs).filter((s) => {
        if (cut.has(s)) return false; // cut with "…", and the export says so (done.cuts becomes its warning)
        if (RTL.test(s)) return !s.split(/\s+/).every((word) => holds(read, word));
        return !holds(raw, s);
      });
      expect(missing).toEqual([]);
    },
  );
});
