// The slides PDF read back with `pdftotext -bbox-layout`: on every slide page no word is printed over a word of
// another line (content, banners, footer), and every line of every slide sits where the slide geometry — the layout the stage draws — puts
// it, scaled to the page (the stage's own check against the same geometry is tests/e2e/slide-geometry.spec.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing, Lang } from '../../../main/model/schema';
import { ASCENT, DESCENT, BANNER_PX, citedIds, slideGeometry, sourceLineText } from '../../../main/model/slide-geometry';
import { titleByline } from '../../../main/model/slide-geometry/stage';
import { widthOf } from '../../../main/model/slide-geometry/text-fit';
import { exportPdf } from '../../../main/pdf/export';
import { geometryMeasurer } from '../../../main/pdf/measure';
import { select } from '../../../main/pdf/selection';
import { appRoot, bundledBriefingPath } from '../../../main/paths';

const out = mkdtempSync(join(tmpdir(), 'puente-slides-geometry-'));
const S = 0.75;

interface Word { text: string; x0: number; y0: number; x1: number; y1: number; line: number }

/** Every word of every page, numbered by the pdftotext line it belongs to. */
function words(pdf: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  let line = 0;
  return xml.split('<page ').slice(1).map((page) =>
    page.split('<line ').slice(1).flatMap((l) => {
      line += 1;
      return [...l.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: unescape(m[5] ?? ''), line,
      }));
    }),
  );
}

const unescape = (s: string): string => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Words of different lines whose glyph cores meet: the middle half of each box, so tight leading does not count. */
function collisions(page: Word[]): string[] {
  const core = (w: Word) => ({ ...w, y0: w.y0 + (w.y1 - w.y0) / 4, y1: w.y1 - (w.y1 - w.y0) / 4 });
  const found: string[] = [];
  page.map(core).forEach((a, i, all) => {
    for (const b of all.slice(i + 1)) {
      if (a.line !== b.line && a.x0 < b.x1 - 0.3 && b.x0 < a.x1 - 0.3 && a.y0 < b.y1 - 0.3 && b.y0 < a.y1 - 0.3) found.push(`"${a.text}" meets "${b.text}"`);
    }
  });
  return found;
}

async function load(path: string): Promise<Briefing> {
  const r = await loadBriefing(path);
  if (r.status !== 'loaded') throw new Error(`${path} does not load`);
  return r.briefing;
}

const m = geometryMeasurer();
const CASES: { pack: string; path: string; lang: Lang | 'both' }[] = [
  { pack: 'bundled', path: bundledBriefingPath(), lang: 'en' },
  { pack: 'bundled', path: bundledBriefingPath(), lang: 'es' },
  { pack: 'bundled', path: bundledBriefingPath(), lang: 'both' },
  { pack: 'long-text', path: join(appRoot(), 'tests', 'fixtures', 'long-text', 'briefing.yaml'), lang: 'both' },
];

test.each(CASES)('$pack slides PDF in $lang: no words meet, and each line is where the geometry puts it', async ({ pack, path, lang }) => {
  const briefing = await load(path);
  const file = join(out, `${pack}-${lang}.pdf`);
  await exportPdf(briefing, { layout: 'slides', lang, backup: 'include', outPath: file, packDir: dirname(path) });
  const pages = words(file);
  const problems: string[] = [];

  // Where the geometry puts each line's first word, for every slide, as the export was asked.
  const [l1 = 'en', l2] = briefing.meta.languages;
  const primary: Lang = lang === 'both' ? l1 : lang;
  const secondary: Lang | undefined = lang === 'both' && l2 !== l1 ? l2 : undefined;
  const sel = select(briefing, undefined, 'include');
  const cite = (id: string) => sel.citations.get(id);
  const banner = sel.marking !== undefined;
  let from = 0;
  for (const slide of sel.groups.flatMap((g) => g.slides)) {
    const g = slideGeometry(slide, {
      lang: primary, lang2: secondary, banner, cite,
      source: sourceLineText(briefing.sources, citedIds(slide), primary, cite),
      byline: titleByline(briefing.meta, primary) || undefined,
    }, m);
    const expected = g.texts.flatMap((b) => b.lines.flatMap((line, i) => {
      const first = line.split(' ')[0] ?? '';
      if (!first.trim() || b.tracking) return [];
      const w = widthOf(m, line, b.face, b.size);
      const x = b.align === 'left' ? b.x : b.align === 'center' ? b.x + (b.w - w) / 2 : b.x + b.w - w;
      const y = b.y + i * b.lineHeight + (b.lineHeight - (ASCENT + DESCENT) * b.size) / 2;
      return [{ text: first, x: x * S, y: y * S, role: b.role }];
    }));
    // The slide's page: the first from here holding its first line's first word where the geometry puts it.
    const near = (w: Word, e: { text: string; x: number; y: number }): boolean => Math.abs(w.x0 - e.x) < 1.5 && Math.abs(w.y0 - e.y) < 1.5 && (w.text.startsWith(e.text) || e.text.startsWith(w.text));
    const head = expected[0];
    const at = head ? pages.findIndex((p, i) => i >= from && p.some((w) => near(w, head))) : -1;
    if (at < 0) {
      problems.push(`${slide.id}: no page has its first line "${head?.text}" at ${head?.x.toFixed(1)},${head?.y.toFixed(1)}`);
      continue;
    }
    from = at + 1;
    problems.push(...collisions(pages[at] ?? []).map((c) => `${slide.id} (page ${at + 1}): ${c}`));
    for (const e of expected) {
      if (!pages[at]?.some((w) => near(w, e))) problems.push(`${slide.id} (page ${at + 1}): ${e.role} "${e.text}" is not at ${e.x.toFixed(1)},${e.y.toFixed(1)}`);
    }
    // Inside the page, clear of the banners.
    const top = banner ? BANNER_PX * S : 0;
    for (const w of pages[at] ?? []) {
      // (A glyph box includes the face's descent: the bottom banner's capitals reach 0.3 pt past the edge with it.)
      if (w.x0 < -1 || w.x1 > 961 || w.y0 < -1 || w.y1 > 541) problems.push(`${slide.id}: "${w.text}" leaves the page`);
      if (banner && w.text !== sel.marking?.text.toUpperCase() && (w.y0 < top - 0.5 || w.y1 > 540 - top + 0.5)) problems.push(`${slide.id}: "${w.text}" is on a banner`);
    }
  }
  expect(problems).toEqual([]);
}, 120_000);
