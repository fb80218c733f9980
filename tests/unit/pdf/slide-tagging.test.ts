// Spec: slides in a tagged, bilingual export — headings, lists, figures with alt text stating their numbers,
// the second language beneath the first in its own language, and each big figure carrying its source number.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { exportPdf } from '../../../main/pdf/export';

const pack = resolve(__dirname, '../../fixtures/long-text');
let dir: string;
let structure: string;
let raw: string;
let text: string;
let bbox: string;

beforeAll(async () => {
  const r = await loadBriefing(pack);
  if (r.status !== 'loaded') throw new Error(JSON.stringify(r.errors));
  dir = mkdtempSync(join(tmpdir(), 'puente-tags-'));
  const file = join(dir, 'both.pdf');
  await exportPdf(r.briefing, { layout: 'slides', lang: 'both', outPath: file, packDir: pack });
  structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, join(dir, 'plain.pdf')]);
  raw = readFileSync(join(dir, 'plain.pdf'), 'latin1');
  text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('slide titles are headings with their translation as a Spanish span beneath', () => {
  expect(structure).toMatch(/H2 \(block\)\n\s+"A slide title that is long but still fits[^\n]*\n\s+Span \(inline\)\n\s+"Un título de diapositiva largo/);
  expect(raw).toMatch(/\/S \/Span[^>]*\/Lang \(es\)|\/Lang \(es\)[^>]*\/S \/Span/);
});

test('bullets are a list of items, a sub-list nested in its parent item', () => {
  expect(structure).toMatch(/L \(block\)\n\s+LI \(block\)\n\s+LBody \(block\)\n\s+P \(block\)\n\s+"The first point is long enough/);
  expect(structure).toMatch(/LBody \(block\)\n(\s+.*\n){4}\s+L \(block\)\n\s+LI \(block\)\n\s+LBody \(block\)\n\s+P \(block\)\n\s+"A child point/);
});

test('a chart is a figure whose alt text states every bar and its number', () => {
  expect(raw).toContain('/Alt (Bar chart \\(billion US dollars of two-way trade in goods\\): China $137.9B; Mexico, the state');
  expect(raw).toContain('Canada $44.2B)');
});

test('a picture is a figure with the slide\u2019s alt text', () => {
  expect(raw).toContain('/Alt (A map of the border region)');
});

// Issue 18 changed this: a big figure was a Figure whose English /Alt hid its Spanish figure and label.
test('a big figure is text (its number, then its label with the translation as a Spanish span), not a Figure', () => {
  expect(raw).not.toContain('/Alt (35,065 lb');
  // The figure and its "[1]" are one run of text; the label follows with its translation as a Spanish span.
  expect(structure).toContain('"35,065 lb[1]"');
  expect(structure).toMatch(/Div\n\s+P \(block\)\n\s+"35,065 lb(\[1\])?"\n\s+P \(block\)\n\s+"of fentanyl seized[^\n]*\n\s+Span \(inline\)\n\s+"de fentanilo/);
});

test('decoration (fills, rules, bullet markers) is marked as artifacts', () => {
  expect((raw.match(/\/Artifact/g) ?? []).length).toBeGreaterThan(50);
});

// The slide geometry sets a figure on one line, shrinking it; one too long for that even at the smallest size wraps
// whole (it is never cut while three lines hold it), its number after it.
test('big figures carry the number of their source; a figure too long for one line wraps whole and keeps it', () => {
  expect(text).toMatch(/35,065 lb\s*\[1\]/);
  expect(text).toMatch(/US\$498\.4 million\s+and\s+counting/);
  // Its number is in the figure's paragraph, after the figure (where the text extraction reads it depends on the page).
  expect(structure).toMatch(/P \(block\)\n\s+"US\$498\.4 million and ?counting\[2\]"/);
});

test('a second line repeating the first is left out (a plain string shows once)', () => {
  // "35,065 lb" is a plain string: one figure, no translation beneath it.
  expect(text.match(/35,065 lb/g)?.length).toBe(2);
});

test('a short sub-point has its translation beside it on the same line, as on screen; a long one keeps it beneath', async () => {
  const r = await loadBriefing(resolve(__dirname, '../../../assets/briefings/ca-mx-spp'));
  if (r.status !== 'loaded') throw new Error('bundled briefing is invalid');
  const file = join(dir, 'bundled-both.pdf');
  await exportPdf(r.briefing, { layout: 'slides', lang: 'both', topics: ['partnership'], outPath: file, packDir: dir });
  const words = [...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => {
    const [y0, y1] = [Number(m[2]), Number(m[4])];
    // The box spans ascent + descent (1.024 + 0.4 em of Source Sans): the baseline is 0.4 / 1.424 of it above the bottom.
    return { x0: Number(m[1]), y1: y1 - ((y1 - y0) * 0.4) / 1.424, t: m[5] };
  });
  const at = (t: string) => words.find((w) => w.t === t);
  // "Military cooperation" / "Cooperación militar": one baseline (within a point), the translation to the right.
  const en = at('Military');
  const es = words.find((w, i) => w.t === 'Cooperación' && words[i + 1]?.t === 'militar');
  expect(en && es).toBeTruthy();
  expect(Math.abs(en!.y1 - es!.y1)).toBeLessThan(1);
  expect(es!.x0).toBeGreaterThan(en!.x0);
  // A top-level point keeps its translation on the next line.
  const point = at('Pairs');
  const translation = at('Vincula');
  expect(translation!.y1 - point!.y1).toBeGreaterThan(8);
});
