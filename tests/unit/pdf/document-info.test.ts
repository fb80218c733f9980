// Spec: every exported PDF carries metadata a reader shows exactly, valid XMP, a tag tree marker and reproducible bytes.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPdfDocument, exportDate, PRODUCER, xmlText, type PdfDocumentOptions } from '../../../main/pdf/document-info';
import { FONT, registerFonts } from '../../../main/pdf/fonts';
import { info, qpdfCheck } from './read-pdf';

const TITLE = 'R&D <Draft> "Q3" > plan';
const BASE: PdfDocumentOptions = {
  size: [960, 540],
  lang: 'en',
  title: TITLE,
  author: 'Ops & Planning <West>',
  subject: 'Reunión: "sí" & <no>',
  keywords: ['trade', 'R&D', '<pilot>'],
  env: {},
};
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

let dir: string;
let count = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-docinfo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One page with "hello" in the bundled face, written to a fresh temp file; returns its path. */
async function writeHello(overrides: Partial<PdfDocumentOptions> = {}): Promise<string> {
  const file = join(dir, `doc-${++count}.pdf`);
  const doc = createPdfDocument({ ...BASE, ...overrides });
  const out = createWriteStream(file);
  doc.pipe(out);
  registerFonts(doc);
  doc.addPage({ size: [960, 540], margin: 0 });
  doc.font(FONT.regular).fontSize(24).text('hello', 72, 72);
  doc.end();
  await finished(out);
  return file;
}

/** The XMP packet; pdfkit always stores it uncompressed, so it can be read straight from the file. */
function xmp(file: string): string {
  const text = readFileSync(file).toString('utf8');
  const m = /<\?xpacket begin=[\s\S]*?<\?xpacket end="w"\?>/.exec(text);
  if (!m) throw new Error(`no XMP packet in ${file}`);
  return m[0];
}

/** A small well-formedness check: tags balance, and text holds no raw "<" and only known entities after "&". */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '');
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, close, name, , selfClose, text, stray] = m;
    if (stray) throw new Error(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
      if (bad) throw new Error(`unescaped "&" in text: ${text.trim()}`);
    } else if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClose && name) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}

describe('metadata', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeHello();
  });

  test('pdfinfo shows Title, Author, Subject and Keywords exactly, &<>" and accents included', () => {
    const fields = info(file);
    expect(fields['Title']).toBe(TITLE);
    expect(fields['Author']).toBe(BASE.author);
    expect(fields['Subject']).toBe(BASE.subject);
    expect(fields['Keywords']).toBe('trade, R&D, <pilot>');
    expect(fields['Creator']).toBe('Puente');
    expect(fields['Producer']).toBe(PRODUCER);
    expect(fields['PDF version']).toBe('1.7');
  });

  test('qpdf --check finds no errors', () => {
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors found/);
  });

  test('the XMP packet is well-formed XML with the entities escaped', () => {
    const packet = xmp(file);
    expect(() => assertWellFormedXml(packet)).not.toThrow();
    expect(packet).toContain('<rdf:li xml:lang="x-default">R&amp;D &lt;Draft&gt; "Q3" &gt; plan</rdf:li>');
    expect(packet).toContain('<rdf:li>Ops &amp; Planning &lt;West&gt;</rdf:li>');
    expect(packet).toContain('Reunión: "sí" &amp; &lt;no&gt;');
    expect(packet).toContain('<pdf:Keywords>trade, R&amp;D, &lt;pilot&gt;</pdf:Keywords>');
    expect(packet).not.toContain('&amp;amp;');
  });

  test('the well-formedness check itself rejects what pdfkit writes unescaped', () => {
    expect(() => assertWellFormedXml('<a><b>R&D <Draft> plan</b></a>')).toThrow();
  });

  test('the catalog carries the document language and asks viewers to show the title', () => {
    const trailer = qpdfShow(file, 'trailer');
    const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1] ?? '';
    const catalog = qpdfShow(file, root);
    expect(catalog).toMatch(/\/Lang \(en\)/);
    expect(catalog).toMatch(/\/ViewerPreferences \d+ 0 R/);
  });

  test('is tagged by default, and untagged when asked', async () => {
    expect(info(file)['Tagged']).toBe('yes');
    expect(info(await writeHello({ tagged: false }))['Tagged']).toBe('no');
  });
});

describe('reproducible output', () => {
  test('with SOURCE_DATE_EPOCH two exports are byte-identical and dated from it', async () => {
    const a = await writeHello({ env: EPOCH });
    const b = await writeHello({ env: EPOCH });
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(info(a)['CreationDate']).toBe('Tue Nov 14 22:13:20 2023 UTC');
    expect(info(a)['ModDate']).toBe('Tue Nov 14 22:13:20 2023 UTC');
    expect(xmp(a)).toContain('<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>');
  });

  test('without SOURCE_DATE_EPOCH the date is now, and exports a second apart differ', async () => {
    const started = Date.now();
    const a = await writeHello();
    await new Promise((r) => setTimeout(r, 1100));
    const b = await writeHello();
    const created = (f: string) => Date.parse(info(f)['CreationDate']?.replace(' UTC', 'Z') ?? '');
    expect(created(b)).toBeGreaterThanOrEqual(started - 1000);
    expect(created(b)).toBeLessThanOrEqual(Date.now());
    expect(info(a)['CreationDate']).not.toBe(info(b)['CreationDate']);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(false);
  });

  test('SOURCE_DATE_EPOCH is read as whole seconds; anything else is an error', () => {
    expect(exportDate({ SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    // Bracketed by the clock read before and after, so no speed of the machine makes it fail.
    const before = Date.now();
    const now = exportDate({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before - 1000); // whole seconds may round down
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(() => exportDate({ SOURCE_DATE_EPOCH: '17e8' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

test('xmlText escapes &, <, > and drops control characters XML cannot hold', () => {
  expect(xmlText('a&b<c>d"e\u0001\tf')).toBe('a&amp;b&lt;c&gt;d"e\tf');
});

function qpdfShow(file: string, object: string): string {
  return execFileSync('qpdf', [`--show-object=${object}`, file], { encoding: 'utf8' });
}
