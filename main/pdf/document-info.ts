// Makes every PDF layout start from one document whose metadata reads back exactly and whose bytes are reproducible.
import PDFDocument from 'pdfkit';
import { FONT, fontFile } from './fonts';

export interface PdfDocumentOptions {
  /** Default page size in points; each layout still passes its size to addPage. */
  size: [number, number];
  /** BCP 47 tag for the catalog's /Lang ('en', 'es'; 'en' for a bilingual document). */
  lang: string;
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Writes /MarkInfo and a StructTreeRoot (pdfinfo: "Tagged: yes"). Default true. */
  tagged?: boolean;
  /** Where SOURCE_DATE_EPOCH is read from; tests pass their own so they never touch process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const PRODUCER = 'Puente (PDFKit)';

/**
 * A pdfkit document with Puente's metadata, no automatic first page, zero margins and the bundled regular face as
 * its default font. The caller pipes it, registers fonts (registerFonts), adds pages and ends it, as before.
 */
export function createPdfDocument(opts: PdfDocumentOptions): PDFKit.PDFDocument {
  const date = exportDate(opts.env ?? process.env);
  const doc = new PDFDocument({
    size: opts.size,
    margin: 0,
    autoFirstPage: false,
    // The bundled face, so pdfkit never loads its Helvetica AFM (slides.ts did the same).
    font: fontFile(FONT.regular),
    lang: opts.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    tagged: opts.tagged ?? true,
    // pdfkit derives the trailer /ID from these values (an MD5 of the dates and strings), so a fixed date gives a fixed /ID.
    info: {
      Title: opts.title,
      Author: opts.author,
      Subject: opts.subject,
      Keywords: opts.keywords.join(', '),
      Creator: 'Puente',
      Producer: PRODUCER,
      CreationDate: date,
      ModDate: date,
    },
  });
  escapeXmpOnEnd(doc, opts.tagged ?? true);
  return doc;
}

/**
 * The XMP that declares PDF/UA-1 (ISO 14289-1 §5: pdfuaid:part = 1, checked by veraPDF's rule 5-1), with the
 * pdfuaid schema described in a PDF/A extension schema block, as PDF/A-style XMP requires of any schema outside
 * its predefined list (ISO 19005-1 §6.7.8), so the packet stays valid for a validator that also checks that.
 */
export const PDFUA_XMP = `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

/**
 * SOURCE_DATE_EPOCH (whole seconds since 1970, per reproducible-builds.org) when set, otherwise now.
 * A malformed value is an error rather than a silent "now", so a reproducible build cannot quietly stop being one.
 */
export function exportDate(env: Readonly<Record<string, string | undefined>>): Date {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw === '') return new Date();
  if (!/^\d+$/.test(raw)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${raw}"`);
  return new Date(Number(raw) * 1000);
}

const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text safe inside an XML element: &, <, > escaped; control characters XML 1.0 forbids dropped. */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>]/g, (c) => XML_ENTITY[c] ?? c);
}

/**
 * pdfkit 0.20 writes an XMP packet (for any pdfVersion above 1.3) by pasting info.Title, Author, Subject, Keywords,
 * Creator and Producer into XML unescaped, so "R&D <Draft>" makes it malformed. The Info dictionary itself is fine
 * (a PDF string escapes only \ ( ) and line controls). end() builds the Info dictionary before it calls endMetadata,
 * so we hand endMetadata an XML-escaped copy of `info` and put the original back afterwards.
 * If a pdfkit upgrade escapes on its own, the document-info test sees "&amp;amp;" and fails; then drop this.
 * A tagged document also gets the PDF/UA-1 identification (PDFUA_XMP) here, the last moment XMP can be added.
 */
function escapeXmpOnEnd(doc: PDFKit.PDFDocument, pdfua: boolean): void {
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    // Not pdfkit's own `subset: 'PDF/UA'`: that also writes a PDF/A-1 CIDSet into every font, which PDF/UA does not ask for.
    if (pdfua) doc.appendXML(PDFUA_XMP);
    const info = doc.info;
    doc.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? xmlText(value) : value]),
    );
    try {
      endMetadata();
    } finally {
      doc.info = info;
    }
  };
}
