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
import type { Briefing, Lang, Text } from '../../../main/model/schema';
import { visibleText } from '../../../main/model/unicode';
import { holds, slideTexts, squash, wordings } from '../../fidelity-strings';
import { exportPdf } from '../../../main/pdf/export';
import { contentArea, PAPER_SIZE, slotsFor } from '../../../main/pdf/paginate';
import { showsSecondLanguage } from '../../../main/pdf/thumbnail';
import { appRoot } from '../../../main/paths';

const CORPUS = join(appRoot(), 'tests', 'fixtures', 'fidelity');
const packs = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const out = mkdtempSync(join(tmpdir(), 'puente-fidelity-'));
const RTL = /[\u0590-\u08FF]/;

/** Every string an export prints from the pack, in the languages it prints. */
function printedStrings(b: Briefing, layout: ExportLayout, langs: Lang[]): string[] {
  // A run sheet prints no slide text: the title and each timed topic (a backup slide's title may be cut to one line).
  if (layout === 'run-sheet') {
    const timed = b.topics.filter((t) => t.slides.some((s) => !s.backup));
    return [...new Set([...wordings(b.meta.title, langs), ...timed.flatMap((t) => wordings(t.title, langs))])].filter((s) => visibleText(s).trim() !== '');
  }
  const texts: (Text | undefined)[] = [b.meta.title, b.meta.organization];
  const slideTextsOf: (Text | undefined)[] = [];
  for (const t of b.topics) for (const s of t.slides) slideTextsOf.push(...slideTexts(s)), texts.push(...(layout === 'notes' ? [s.notes] : []));
  // Miniatures too small to print the second language legibly (handout-3, handout-6) print the first alone.
  const area = contentArea(PAPER_SIZE.letter, b.meta.classification !== undefined);
  const small = layout.startsWith('handout') && slotsFor(layout, area, false).some((s) => !showsSecondLanguage(s.slide.width));
  const slideLangs = small ? langs.slice(0, 1) : langs;
  // Topic titles head the contents in every exported language.
  const topics = b.topics.flatMap((t) => wordings(t.title, langs));
  return [...new Set([...texts.flatMap((t) => wordings(t, langs)), ...slideTextsOf.flatMap((t) => wordings(t, slideLangs)), ...topics])].filter((s) => visibleText(s).trim() !== '');
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
