// Spec: text never leaves its box — long titles and bullets shrink, wrap, then end in "…"; nothing reaches the footer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing, Lang } from '../../../main/model/schema';
import { exportPdf } from '../../../main/pdf/export';
import { BANNER, FOOTER, PAGE } from '../../../main/pdf/theme';

const pack = resolve(__dirname, '../../fixtures/long-text');

interface Word { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** Every word on every page with its box, as poppler's `pdftotext -bbox` reads it. */
function words(file: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '',
    })),
  );
}

/** The page each slide's bookmark points at (bookmarks: topics, each with its slides as children). */
function slidePages(file: string): number[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
    outlines: { destpageposfrom1: number; kids: { destpageposfrom1: number }[] }[];
  };
  return json.outlines.flatMap((o) => o.kids.map((k) => k.destpageposfrom1));
}

// The page frame: the banners and, below its rule, the footer; slides (their source line included, laid out by the
// slide geometry as on screen) draw between them, inside the stage's 80 px side margins (60 pt).
const MARGIN = 60;
const footerTop = PAGE.height - BANNER - FOOTER + 14;
const frameRows = [PAGE.height - BANNER - FOOTER + 20, PAGE.height - BANNER + 3.5];
const slack = 1.5;

let dir: string;
let briefing: Briefing;
const decks = new Map<Lang, { pages: Word[][]; slides: { id: string; words: Word[] }[] }>();

beforeAll(async () => {
  const r = await loadBriefing(pack);
  if (r.status !== 'loaded') throw new Error(JSON.stringify(r.errors));
  briefing = r.briefing;
  dir = mkdtempSync(join(tmpdir(), 'puente-long-'));
  const ids = briefing.topics.flatMap((t) => t.slides.filter((s) => !s.backup).map((s) => s.id));
  for (const lang of ['en', 'es'] as const) {
    const file = join(dir, `${lang}.pdf`);
    await exportPdf(briefing, { layout: 'slides', lang, outPath: file, packDir: pack });
    const pages = words(file);
    const at = slidePages(file);
    expect(at).toHaveLength(ids.length);
    decks.set(lang, { pages, slides: ids.map((id, i) => ({ id, words: pages[(at[i] ?? 0) - 1] ?? [] })) });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const deck = (lang: Lang) => {
  const d = decks.get(lang);
  if (!d) throw new Error(`no ${lang} deck`);
  return d;
};
const isFrame = (w: Word): boolean => w.yMax <= BANNER + slack || w.yMin >= footerTop - slack;
const show = (w: Word): string => `"${w.text}" at (${w.xMin.toFixed(0)}, ${w.yMin.toFixed(0)})–(${w.xMax.toFixed(0)}, ${w.yMax.toFixed(0)})`;

describe.each(['en', 'es'] as const)('the long-text pack exported in %s', (lang) => {
  test('every slide word lies inside the content area: within the margins, below the banner, above the footer', () => {
    const outside: string[] = [];
    for (const { id, words: ws } of deck(lang).slides) {
      for (const w of ws.filter((x) => !isFrame(x))) {
        const inside = w.xMin >= MARGIN - slack && w.xMax <= PAGE.width - MARGIN + slack && w.yMin >= BANNER - slack && w.yMax <= footerTop + slack;
        if (!inside) outside.push(`${id}: ${show(w)}`);
      }
    }
    expect(outside).toEqual([]);
  });

  test('nothing but the frame itself sits in the footer: every word there is on one of its rows', () => {
    const strays: string[] = [];
    for (const { id, words: ws } of deck(lang).slides) {
      for (const w of ws.filter((x) => x.yMin >= footerTop - slack)) {
        if (!frameRows.some((row) => Math.abs(w.yMin - row) <= 2)) strays.push(`${id}: ${show(w)}`);
      }
    }
    expect(strays).toEqual([]);
  });

  test('every slide shows its text on its own page', () => {
    for (const { id, words: ws } of deck(lang).slides) expect(ws.filter((w) => !isFrame(w)).length, id).toBeGreaterThan(3);
  });

  test('an ellipsis ends the text on exactly the slides whose text is too long to fit', () => {
    const withEllipsis = deck(lang).slides.filter((s) => s.words.some((w) => !isFrame(w) && w.text.includes('\u2026'))).map((s) => s.id);
    const tooLong = deck(lang).slides.map((s) => s.id).filter((id) => id.endsWith('-cut'));
    expect(withEllipsis).toEqual(tooLong);
  });

  test('a long title is cut with "…" and keeps its first words', () => {
    const title = deck(lang).slides.find((s) => s.id === 'title-cut');
    const text = title?.words.map((w) => w.text).join(' ') ?? '';
    expect(text).toContain(lang === 'en' ? 'A title that goes on and on' : 'Un título que sigue y sigue');
    expect(text).not.toContain(lang === 'en' ? 'in front of an audience' : 'frente a un público');
  });

  test('text that fits after shrinking and wrapping is shown whole', () => {
    const text = deck(lang).slides.find((s) => s.id === 'bullets-shrinks')?.words.map((w) => w.text).join(' ') ?? '';
    expect(text).toContain(lang === 'en' ? 'a sentence that is again a little long' : 'una oración que de nuevo es un poco larga');
  });
});
