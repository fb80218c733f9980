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

describe('shared glyphs and soft hyphens', () => {
  test('a soft hyphen before minus signs leaves every minus sign in the text layer', async () => {
    const f = await draw([{ text: 'hyphen\u00ADated' }, { text: '-12% and -$4.1M, year-on-year' }]);
    expect(text(f)).toContain('-12% and -$4.1M, year-on-year');
  });
});
