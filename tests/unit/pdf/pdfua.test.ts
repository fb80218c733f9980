// Spec: every export, in every layout and language, is read right by a screen reader and declares PDF/UA-1 — read
// back with Mozilla's pdf.js as Firefox exposes it: each piece of text in the language the pack says it is written
// in, stat callouts and chart labels as text (no Figure holds text, no alt ends in "[1]"), headings that never skip
// a level, speaker notes inside their slide's section, contents links with an alternate description, table header
// cells with /Scope, the slide's source line as content, and pdfuaid:part = 1 in the XMP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { ExportLang, ExportLayout } from '../../../main/model/export-options';
import type { Briefing } from '../../../main/model/schema';
import { exportPdf } from '../../../main/pdf/export';
import { WORDS } from '../../../main/pdf/words';
import { writePicture } from './all-layouts';
import { markedPack } from './marked-pack';
import { elements, readStructure, textUnder, type ReadStructure, type StructNode } from './read-structure';

const LAYOUTS: { layout: ExportLayout; notes: boolean }[] = [
  { layout: 'slides', notes: false },
  { layout: 'handout-1', notes: false },
  { layout: 'handout-2', notes: false },
  { layout: 'handout-3', notes: false },
  { layout: 'handout-6', notes: false },
  { layout: 'notes', notes: false },
  { layout: 'brief', notes: false },
  { layout: 'handout-2', notes: true },
];
const LANGS: ExportLang[] = ['en', 'es', 'both'];

/** A string of one language only in the every-layout pack: it must be read in Spanish even in an English export. */
const SPANISH_ONLY = 'Solamente en castellano';

/** The every-layout pack with speaker notes, and one subtitle the pack gives in Spanish only. */
function everyLayoutPack(): Briefing {
  const b = markedPack();
  const part = b.topics[0]?.slides.find((s) => s.id === 'part');
  if (part?.layout === 'section') part.subtitle = { es: SPANISH_ONLY };
  return b;
}

/**
 * Each wording the pack (and Puente's own words) gives in exactly one language: text → 'en' | 'es'. A wording both
 * languages share (a name, a number) is left out: it is language-neutral.
 */
function languagesOf(briefing: Briefing): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const note = (text: string, lang: string): void => {
    const t = text.trim();
    if (t) seen.set(t, (seen.get(t) ?? new Set()).add(lang));
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const entries = Object.entries(v);
    const isText = entries.length > 0 && entries.every(([k, x]) => (k === 'en' || k === 'es') && typeof x === 'string');
    if (isText) entries.forEach(([k, x]) => note(x as string, k));
    else entries.forEach(([, x]) => walk(x));
  };
  walk(briefing);
  for (const lang of ['en', 'es'] as const) {
    for (const w of Object.values(WORDS[lang])) if (typeof w === 'string') note(w, lang);
  }
  return new Map([...seen].flatMap(([t, langs]) => (langs.size === 1 ? [[t, [...langs][0] as string]] : [])));
}

/**
 * The language a chunk of drawn text must be read in: the language of the pack's wordings it is part of, when they
 * all agree and no wording of the other language holds it too; undefined when the chunk cannot tell (too short, a
 * name or a number, Puente's own punctuation).
 */
function expectedLanguage(chunk: string, wordings: Map<string, string>, all: { en: string[]; es: string[] }): string | undefined {
  const t = chunk.replace(/\u2026$/, '').replace(/\s*\/$/, '').trim();
  if (t.length < 6 || !/\p{L}{3}/u.test(t)) return undefined;
  const exact = wordings.get(t);
  if (exact) return exact;
  const lower = t.toLowerCase();
  const inEn = all.en.some((w) => w.includes(lower));
  const inEs = all.es.some((w) => w.includes(lower));
  return inEn === inEs ? undefined : inEn ? 'en' : 'es';
}

const headingLevel = (n: StructNode | undefined): number | undefined => {
  for (let e = n; e; e = e.parent) {
    const m = /^H([1-6])$/.exec(e.role);
    if (m) return Number(m[1]);
  }
  return undefined;
};

interface Export { name: string; lang: ExportLang; layout: ExportLayout; notes: boolean; file: string; read: ReadStructure; raw: string }

const PACKS: { name: string; load: (dir: string) => Promise<{ briefing: Briefing; packDir: string }> }[] = [
  {
    name: 'bundled briefing',
    load: async () => {
      const packDir = resolve(__dirname, '../../../assets/briefings/ca-mx-spp');
      const r = await loadBriefing(packDir);
      if (r.status !== 'loaded') throw new Error('bundled briefing is invalid');
      return { briefing: r.briefing, packDir };
    },
  },
  {
    name: 'every-layout pack',
    load: async (dir) => {
      writePicture(dir);
      return { briefing: everyLayoutPack(), packDir: dir };
    },
  },
];

describe.each(PACKS)('$name', (pack) => {
  let dir: string;
  let briefing: Briefing;
  let wordings: Map<string, string>;
  let all: { en: string[]; es: string[] };
  const exports: Export[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'puente-pdfua-'));
    const loaded = await pack.load(dir);
    briefing = loaded.briefing;
    wordings = languagesOf(briefing);
    all = { en: [], es: [] };
    for (const [t, l] of wordings) all[l as 'en' | 'es'].push(t.toLowerCase());
    for (const { layout, notes } of LAYOUTS) {
      for (const lang of LANGS) {
        const name = `${layout}${notes ? '-notes' : ''}-${lang}`;
        const file = join(dir, `${name}.pdf`);
        await exportPdf(briefing, { layout, lang, notes, outPath: file, packDir: loaded.packDir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
        const raw = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { encoding: 'latin1', maxBuffer: 1 << 28 });
        exports.push({ name, lang, layout, notes, file, read: await readStructure(file), raw });
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every export declares PDF/UA-1 in its XMP, with the pdfuaid schema described as an extension schema', () => {
    for (const e of exports) {
      expect(e.read.xmp, e.name).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
      expect(e.read.xmp, e.name).toMatch(/<pdfaSchema:namespaceURI>http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>/);
      expect(e.read.xmp, e.name).toMatch(/<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>/);
    }
  });

  test('every piece of text is either tagged content or an artifact', () => {
    for (const e of exports) {
      const untagged = e.read.chunks.filter((c) => !c.artifact && !c.node).map((c) => `p${c.page}: ${c.text}`);
      expect(untagged, e.name).toEqual([]);
    }
  });

  test('each piece of text is read in the language the pack gives it in', () => {
    let checked = 0;
    for (const e of exports) {
      const wrong: string[] = [];
      for (const c of e.read.chunks) {
        if (c.artifact) continue;
        const want = expectedLanguage(c.text, wordings, all);
        if (want === undefined) continue;
        checked += 1;
        if (c.lang !== want) wrong.push(`p${c.page} ${c.roles.slice(0, 3).join('<')} read as ${c.lang}, written in ${want}: ${c.text}`);
      }
      expect(wrong, e.name).toEqual([]);
    }
    // The rule above checked real text, not nothing.
    expect(checked).toBeGreaterThan(500);
  });

  test('a bilingual export reads Spanish as Spanish everywhere: brief, notes, charts, sources, cover and contents', () => {
    for (const e of exports.filter((x) => x.lang === 'both')) {
      const spanish = e.read.chunks.filter((c) => !c.artifact && c.lang === 'es');
      expect(spanish.length, e.name).toBeGreaterThan(10);
      // Every Spanish run sits in its own element with /Lang, never in an English one.
      expect(spanish.every((c) => c.roles.length > 0), e.name).toBe(true);
    }
    const labels = exports.filter((x) => x.lang === 'both' && (x.layout === 'notes' || x.notes));
    for (const e of labels) {
      expect(e.read.chunks.some((c) => c.text.includes('NOTAS') && c.lang === 'es'), e.name).toBe(true);
    }
  });

  test('no Figure holds text, every Figure has alt text, and no alt text ends in a citation mark', () => {
    for (const e of exports) {
      for (const tree of e.read.trees) {
        for (const fig of elements(tree).filter((n) => n.role === 'Figure')) {
          expect(textUnder(e.read, fig).map((c) => c.text), `${e.name}: ${fig.alt}`).toEqual([]);
          expect(fig.alt, e.name).toBeTruthy();
          expect(fig.alt, e.name).not.toMatch(/\[\d+(, \d+)*\]\s*$/);
        }
      }
    }
  });

  test('headings never skip a level, in reading order', () => {
    for (const e of exports) {
      const levels: number[] = [];
      let last: StructNode | undefined;
      for (const c of e.read.chunks) {
        if (c.artifact) continue;
        let h = c.node;
        while (h && !/^H[1-6]$/.test(h.role)) h = h.parent;
        if (!h || h === last) continue;
        last = h;
        levels.push(headingLevel(h) as number);
      }
      expect(levels[0], e.name).toBe(1);
      const skips = levels.flatMap((l, i) => (i > 0 && l > (levels[i - 1] as number) + 1 ? [`H${levels[i - 1]} → H${l}`] : []));
      expect(skips, e.name).toEqual([]);
    }
  });

  test('speaker notes sit inside their slide\u2019s section, after its heading', () => {
    const notesTexts = briefing.topics.flatMap((t) => t.slides.flatMap((s) => (s.notes ? [typeof s.notes === 'string' ? s.notes : s.notes.en ?? s.notes.es ?? ''] : [])));
    const withNotes = exports.filter((e) => (e.layout === 'notes' || e.notes) && e.lang !== 'es');
    expect(withNotes.length).toBeGreaterThan(0);
    for (const e of withNotes) {
      // Long enough to be a line of the notes rather than a title the notes quote.
      const least = Math.min(40, ...notesTexts.map((n) => n.length));
      const chunks = e.read.chunks.filter((c) => !c.artifact && c.text.trim().length >= least && notesTexts.some((n) => n.includes(c.text.trim())));
      expect(chunks.length, e.name).toBeGreaterThan(0);
      for (const c of chunks) {
        let sect = c.node;
        while (sect && sect.role !== 'Sect') sect = sect.parent;
        expect(sect, `${e.name}: ${c.text}`).toBeDefined();
        const headed = elements(sect as StructNode).some((n) => /^H[1-6]$/.test(n.role));
        expect(headed, `${e.name}: ${c.text}`).toBe(true);
      }
    }
  });

  test('every contents link has an alternate description naming its target page', () => {
    for (const e of exports) {
      expect(e.read.links.length, e.name).toBeGreaterThan(5);
      for (const l of e.read.links) expect(l.contents, `${e.name} → ${String(l.dest)}`).toMatch(/, (page|página) \d+$/);
    }
  });

  test('table header cells carry /Scope', () => {
    const brief = exports.filter((e) => e.layout === 'brief');
    for (const e of brief) {
      const headers = e.raw.match(/\/S \/TH\b[^]*?>>/g) ?? [];
      const cells = (e.raw.match(/\/S \/TH\b/g) ?? []).length;
      expect(cells, e.name).toBeGreaterThan(0);
      // pdfkit writes /A << /O /Table /Scope /Column >> before /S in each TH dictionary.
      expect((e.raw.match(/\/A <<\s*\/O \/Table\s*\/Scope \/Column\s*>>[^>]*?\/S \/TH\b/g) ?? []).length, `${e.name} ${headers.length}`).toBe(cells);
    }
  });

  test('each slide\u2019s source line is content a screen reader reads, not an artifact', () => {
    for (const e of exports.filter((x) => x.layout === 'slides')) {
      const lang = e.lang === 'es' ? 'es' : 'en';
      const prefix = new RegExp(`^(${WORDS[lang].source}|${WORDS[lang].sources}):`);
      const lines = e.read.chunks.filter((c) => prefix.test(c.text.trim()));
      expect(lines.length, e.name).toBeGreaterThan(0);
      for (const c of lines) {
        expect(c.artifact, e.name).toBe(false);
        expect(c.roles.slice(0, 2), e.name).toEqual(['P', 'Sect']);
      }
    }
  });

  test('exports stay byte-identical across two runs with SOURCE_DATE_EPOCH', async () => {
    for (const e of exports.filter((x) => x.lang === 'both')) {
      const again = join(dir, `again-${e.name}.pdf`);
      await exportPdf(briefing, { layout: e.layout, lang: e.lang, notes: e.notes, outPath: again, packDir: pack.name === 'bundled briefing' ? resolve(__dirname, '../../../assets/briefings/ca-mx-spp') : dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
      expect(readFileSync(again).equals(readFileSync(e.file)), e.name).toBe(true);
    }
  });
});

test('a string the pack gives only in Spanish is read in Spanish in an English export', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-pdfua-es-'));
  try {
    writePicture(dir);
    const file = join(dir, 'en.pdf');
    await exportPdf(everyLayoutPack(), { layout: 'slides', lang: 'en', outPath: file, packDir: dir });
    const r = await readStructure(file);
    const chunk = r.chunks.find((c) => c.text.includes(SPANISH_ONLY));
    expect(r.catalogLang).toBe('en');
    expect(chunk?.lang).toBe('es');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
