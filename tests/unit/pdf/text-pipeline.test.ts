// The text pipeline (main/pdf/text-pipeline.ts): what a PDF draws and what its text layer gives back are what the
// author wrote — soft hyphens, shared glyphs, ignorables, fallback faces and right-to-left text — read back by poppler.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { FONT, fontFile, registerFonts } from '../../../main/pdf/fonts';

const dir = mkdtempSync(join(tmpdir(), 'puente-pipeline-'));
let n = 0;

/** Draws each string as its own paragraph (width in points) and returns the PDF's path. */
async function draw(lines: { text: string; font?: string; width?: number; size?: number }[]): Promise<string> {
  const file = join(dir, `t${++n}.pdf`);
  const doc = new PDFDocument({ size: [600, 800], margin: 0, autoFirstPage: false, font: fontFile(FONT.regular) });
  const out = createWriteStream(file);
  doc.pipe(out);
  registerFonts(doc);
  doc.addPage({ size: [600, 800], margin: 0 });
  let y = 20;
  for (const l of lines) {
    doc.font(l.font ?? FONT.regular).fontSize(l.size ?? 14);
    const width = l.width ?? 560;
    doc.text(l.text, 20, y, { width });
    y += doc.heightOfString(l.text, { width }) + 10;
  }
  doc.end();
  await once(out, 'finish');
  return file;
}

const text = (file: string): string => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });

const FACES = [FONT.regular, FONT.italic, FONT.semibold, FONT.bold];

describe('shared glyphs and soft hyphens', () => {
  test.each(FACES)('in %s, a soft hyphen before minus signs leaves every minus sign in the text layer', async (font) => {
    const f = await draw([{ text: 'hyphen\u00ADated', font }, { text: '-12% and -$4.1M, year-on-year', font }]);
    expect(text(f)).toContain('-12% and -$4.1M, year-on-year');
  });

  test('hyphen, U+2010, U+2011 and the soft hyphen share a glyph; each comes back as written, in any order', async () => {
    const f = await draw([{ text: 'FY\u20112025 then re\u2010enter then co-op then soft\u00ADhyphen then FY\u20112026' }]);
    expect(text(f)).toContain('FY\u20112025 then re\u2010enter then co-op then softhyphen then FY\u20112026');
  });

  test('a soft hyphen where no line breaks is not drawn; where a line breaks at it, a hyphen is', async () => {
    const f = await draw([{ text: 'co-op\u00ADX end' }, { text: 'inter\u00ADoperability', width: 90 }]);
    const t = text(f);
    expect(t).toContain('co-opX end');
    expect(t).toMatch(/inter-\noperability/);
  });

  test('a soft hyphen does not change the kerning or spacing around it', async () => {
    const f = await draw([{ text: 'LOGIS\u00ADTICS' }]);
    expect(text(f)).toContain('LOGISTICS');
  });
});

describe('default-ignorables', () => {
  test('joiners, variation selectors, bidi marks and zero-width spaces draw nothing and add no space', async () => {
    const f = await draw([{ text: 'a\u200Bb\u200Cc\u200Dd\u2060e\uFE0Ff\u200Eg\u200Fh\uFEFFi' }]);
    expect(text(f)).toContain('abcdefghi');
  });
});

describe('fallback faces', () => {
  test('symbols and emoji come from Symbola, Hebrew and Arabic from Noto, each in the text layer as written', async () => {
    const f = await draw([{ text: 'Ready ✅ 🚁 — שלום — مرحبا' }]);
    const fonts = execFileSync('pdffonts', [f], { encoding: 'utf8' });
    expect(fonts).toMatch(/Symbola/);
    expect(fonts).toMatch(/NotoSansHebrew/);
    expect(fonts).toMatch(/NotoSansArabic/);
    const t = execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' }).replace(/\p{Default_Ignorable_Code_Point}/gu, '');
    for (const word of ['Ready', '✅', '🚁', 'שלום', 'مرحبا']) expect(t).toContain(word);
  });

  test('a skin-tone modifier is not drawn in monochrome but stays in the text layer on its emoji', async () => {
    const f = await draw([{ text: 'Team 👩🏽\u200D🚒 on site' }]);
    expect(text(f)).toContain('Team 👩🏽🚒 on site');
  });

  test('text in a fallback face is measured with that face, so wrapping matches drawing', async () => {
    const doc = new PDFDocument({ size: [600, 800], margin: 0, autoFirstPage: false, font: fontFile(FONT.regular) });
    registerFonts(doc);
    doc.font(FONT.regular).fontSize(20);
    const latin = doc.widthOfString('ABC');
    const hebrew = doc.widthOfString('שלום');
    expect(hebrew).toBeGreaterThan(10);
    expect(doc.widthOfString('ABC שלום')).toBeCloseTo(latin + doc.widthOfString(' ') + hebrew, 1);
  });
});
