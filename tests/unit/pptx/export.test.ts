// The PowerPoint export read back (issue 16): one slide part per exported slide with the slide's text in a:t runs in
// the language asked, notes slides only with notes, backup slides hidden, a native chart part with the numbers,
// paragraph properties where OOXML allows them, byte-identical files under SOURCE_DATE_EPOCH, placed refusals — and
// a real office suite (LibreOffice Impress, when installed) opening it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { bundledBriefingPath } from '../../../main/paths';
import type { Briefing } from '../../../main/model/schema';
import { localize } from '../../../main/model/text';
import { exportPptx, dropMisplacedParagraphProps } from '../../../main/pptx/export';

const out = mkdtempSync(join(tmpdir(), 'puente-pptx-'));
const packDir = dirname(bundledBriefingPath());
let briefing: Briefing;

beforeAll(async () => {
  const loaded = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (loaded.status !== 'loaded') throw new Error('the bundled briefing does not load');
  briefing = loaded.briefing;
});

const slidesIn = (zip: JSZip, folder: 'slides' | 'notesSlides') =>
  Object.keys(zip.files).filter((n) => new RegExp(`^ppt/${folder}/[a-zA-Z]+\\d+\\.xml$`).test(n)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));

/** The text of every a:t run in a part, XML entities decoded. */
const runsOf = (xml: string): string[] =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));

async function exported(name: string, opts: Parameters<typeof exportPptx>[1] extends infer O ? Omit<O, 'outPath' | 'packDir'> : never) {
  const path = join(out, name);
  const done = await exportPptx(briefing, { ...opts, outPath: path, packDir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
  return { done, path, zip: await JSZip.loadAsync(readFileSync(path)) };
}

const mainSlides = () => briefing.topics.flatMap((t) => t.slides.filter((s) => !s.backup));
const allSlides = () => briefing.topics.flatMap((t) => t.slides);

describe('an English deck', () => {
  test('has one slide part per exported slide, each holding its title in a:t runs', async () => {
    const { zip, done } = await exported('en.pptx', { lang: 'en' });
    const parts = slidesIn(zip, 'slides');
    expect(parts).toHaveLength(mainSlides().length);
    expect(done.pages).toBe(mainSlides().length);
    for (const [i, s] of mainSlides().entries()) {
      const text = runsOf(await zip.file(parts[i] as string)!.async('string')).join(' ');
      const title = 'title' in s && s.title ? localize(s.title, 'en') : s.layout === 'quote' ? localize(s.quote, 'en') : s.id;
      expect(text, s.id).toContain(title.slice(0, 30));
    }
  });

  test('has no speaker notes unless asked', async () => {
    const { zip } = await exported('no-notes.pptx', { lang: 'en' });
    const notes = await Promise.all(slidesIn(zip, 'notesSlides').map((n) => zip.file(n)!.async('string')));
    const first = localize(allSlides().find((s) => s.notes)!.notes!, 'en');
    expect(notes.map(runsOf).flat().join(' ')).not.toContain(first.slice(0, 40));
  });

  test('holds the bar chart as a chart part with the numbers, tagged and coloured per bar', async () => {
    const { zip } = await exported('chart.pptx', { lang: 'en' });
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    const chartSlides = mainSlides().filter((s) => s.layout === 'chart');
    expect(charts).toHaveLength(chartSlides.length);
    const xml = await zip.file(charts[0] as string)!.async('string');
    for (const bar of (chartSlides[0] as Extract<ReturnType<typeof mainSlides>[number], { layout: 'chart' }>).chart.bars) {
      expect(xml).toContain(`<c:v>${bar.value}</c:v>`);
      expect(xml).toContain(`<c:v>${localize(bar.label, 'en')}</c:v>`);
    }
    expect(xml).toContain('<c:dPt>');
  });

  test('writes paragraph properties only first in a paragraph, as OOXML requires', async () => {
    const { zip } = await exported('both-ppr.pptx', { lang: 'both', notes: true });
    for (const part of slidesIn(zip, 'slides')) {
      const xml = await zip.file(part)!.async('string');
      expect(xml, part).not.toMatch(/(<a:br\/>|<\/a:r>)<a:pPr\b/);
    }
    expect(dropMisplacedParagraphProps('<a:p><a:pPr algn="ctr"/><a:r><a:t>a</a:t></a:r><a:br/><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>'))
      .toBe('<a:p><a:pPr algn="ctr"/><a:r><a:t>a</a:t></a:r><a:br/><a:r><a:t>b</a:t></a:r></a:p>');
  });
});

describe('languages, notes, backup and topics', () => {
  test('a Spanish deck holds the Spanish text, tagged es-ES', async () => {
    const { zip } = await exported('es.pptx', { lang: 'es' });
    const xml = await zip.file('ppt/slides/slide2.xml')!.async('string');
    const s = mainSlides()[1] as { title: Parameters<typeof localize>[0] };
    expect(runsOf(xml).join(' ')).toContain(localize(s.title, 'es'));
    expect(xml).toContain('lang="es-ES"');
  });

  test('a bilingual deck holds both languages on one slide', async () => {
    const { zip } = await exported('both.pptx', { lang: 'both' });
    const text = runsOf(await zip.file('ppt/slides/slide2.xml')!.async('string')).join(' ');
    const s = mainSlides()[1] as { title: Parameters<typeof localize>[0] };
    expect(text).toContain(localize(s.title, 'en'));
    expect(text).toContain(localize(s.title, 'es'));
  });

  test('notes go to the notes pane, and backup slides are hidden slides', async () => {
    const { zip } = await exported('notes-backup.pptx', { lang: 'en', notes: true, backup: 'include' });
    const parts = slidesIn(zip, 'slides');
    expect(parts).toHaveLength(allSlides().length);
    const hidden = (await Promise.all(parts.map((p) => zip.file(p)!.async('string')))).filter((x) => /<p:sld\b[^>]*\bshow="0"/.test(x));
    expect(hidden).toHaveLength(allSlides().filter((s) => s.backup).length);
    const notes = (await Promise.all(slidesIn(zip, 'notesSlides').map((n) => zip.file(n)!.async('string')))).map((x) => runsOf(x).join(' ')).join('\n');
    for (const s of allSlides().filter((x) => x.notes)) expect(notes, s.id).toContain(localize(s.notes!, 'en').slice(0, 40));
  });

  test('a tailored run holds its topics in the order asked, each a PowerPoint section', async () => {
    const ids = [briefing.topics[2]!.id, briefing.topics[0]!.id];
    const { zip, done } = await exported('run.pptx', { lang: 'en', topics: ids });
    const pres = await zip.file('ppt/presentation.xml')!.async('string');
    const sections = [...pres.matchAll(/<p14:section name="([^"]*)"/g)].map((m) => m[1]);
    expect(sections).toEqual(ids.map((id) => localize(briefing.topics.find((t) => t.id === id)!.title, 'en')));
    expect(done.pages).toBe(ids.reduce((n, id) => n + briefing.topics.find((t) => t.id === id)!.slides.filter((s) => !s.backup).length, 0));
  });
});

describe('the same guarantees as the PDF', () => {
  test('SOURCE_DATE_EPOCH gives byte-identical files', async () => {
    const a = await exported('same-a.pptx', { lang: 'both', notes: true });
    const b = await exported('same-b.pptx', { lang: 'both', notes: true });
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
    expect(await a.zip.file('docProps/core.xml')!.async('string')).toContain('2023-11-14T22:13:20Z');
  });

  test.each([
    [{ layout: 'handout-2' as const }, /pptx format has the slides layout only/],
    [{ paper: 'a4' as const }, /paper applies to PDF handouts only/],
    [{ topics: ['nope'] }, /no topic "nope"/],
  ])('refuses %j with a sentence naming the file', async (bad, message) => {
    const path = join(out, 'refused.pptx');
    await expect(exportPptx(briefing, { lang: 'en', ...bad, outPath: path, packDir })).rejects.toThrow(message);
    await expect(exportPptx(briefing, { lang: 'en', ...bad, outPath: path, packDir })).rejects.toThrow(path);
  });

  test('a picture that is not what its name says stops the export with its slide named, writing nothing', async () => {
    const pack = mkdtempSync(join(tmpdir(), 'puente-pptx-pack-'));
    writeFileSync(join(pack, 'fake.png'), 'not a png');
    const b: Briefing = { ...briefing, topics: [{ id: 't', title: 'T', slides: [{ id: 'pic', layout: 'image', title: 'P', image: 'fake.png', alt: 'A', sources: [], backup: false }] }] };
    const path = join(pack, 'x.pptx');
    await expect(exportPptx(b, { lang: 'en', outPath: path, packDir: pack })).rejects.toThrow(/image "fake.png" of slide "pic"/);
    expect(() => readFileSync(path)).toThrow();
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

test.skipIf(!soffice)('LibreOffice Impress opens the deck and converts it to PDF holding every seed figure', async () => {
  const { path } = await exported('office.pptx', { lang: 'en' });
  const dir = mkdtempSync(join(tmpdir(), 'puente-office-'));
  mkdirSync(join(dir, 'profile'));
  copyFileSync(path, join(dir, 'deck.pptx'));
  // Its own profile folder, so a LibreOffice already running on the machine does not take the conversion.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')], { stdio: 'ignore' });
  // Content order (-raw) keeps each text box's lines together, as a stat's two-line figure needs.
  const text = execFileSync('pdftotext', ['-raw', join(dir, 'deck.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const figures = mainSlides().flatMap((s) => (s.layout === 'stats' ? s.stats.map((x) => localize(x.value, 'en')) : []));
  expect(figures.length).toBeGreaterThan(3);
  for (const f of figures) expect(text).toContain(f);
  for (const s of mainSlides()) if ('title' in s && s.title) expect(text).toContain(localize(s.title, 'en').split(' ').slice(0, 3).join(' '));
}, 300_000);
