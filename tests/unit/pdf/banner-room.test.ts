// Validate leaves room for the classification banner exactly when an export draws one: markings declared but carried
// by no slide and no meta.classification mean no banner, in the export and in validate alike (issue 17).
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../../main/model/schema';
import { findOverflows } from '../../../main/pdf/overflow';
import { drawsBanner, everyExport, select } from '../../../main/pdf/selection';

const MARKINGS = [
  { text: 'Unclassified', color: '#007a33' },
  { text: 'CUI', color: '#502b85' },
];

/** A one-slide pack whose slide holds `n` bullets; `meta` adds markings or a classification, `marked` marks the slide. */
function pack(n: number, meta: Record<string, unknown> = {}, marked?: string): Briefing {
  const bullets = Array.from({ length: n }, (_, i) => `Point ${i + 1} about the partnership and its exercises this year`);
  return Briefing.parse({
    puente: 1,
    meta: { title: 'T', organization: 'O', languages: ['en'], ...meta },
    topics: [{ id: 'a', title: 'A', slides: [{ id: 's', layout: 'bullets', title: 'Points', bullets, ...(marked ? { classification: marked } : {}) }] }],
  });
}

const cut = (b: Briefing) => findOverflows(b, 'en').length > 0;

describe('room for the banner', () => {
  it('is no banner when markings are declared but nothing carries one', () => {
    const b = pack(3, { markings: MARKINGS });
    expect(drawsBanner(select(b, undefined, 'exclude'))).toBe(false);
    expect(drawsBanner(everyExport(b))).toBe(false);
  });

  it('is a banner when a slide or meta.classification carries a marking, or with a classification alone', () => {
    expect(drawsBanner(everyExport(pack(3, { markings: MARKINGS }, 'CUI')))).toBe(true);
    expect(drawsBanner(everyExport(pack(3, { markings: MARKINGS, classification: MARKINGS[0] })))).toBe(true);
    expect(drawsBanner(everyExport(pack(3, { classification: MARKINGS[0] })))).toBe(true);
  });

  it('is measured by validate as the export draws it: a slide that fits without a banner is not reported cut', () => {
    // The first bullet count whose slide is cut under a banner but fits without one.
    const n = Array.from({ length: 60 }, (_, i) => i + 1).find((k) => cut(pack(k, { classification: MARKINGS[0] })) && !cut(pack(k)));
    expect(n, 'some slide fits only without the banner').toBeDefined();
    const count = n ?? 0;
    expect(cut(pack(count, { markings: MARKINGS }))).toBe(false);
    expect(cut(pack(count, { markings: MARKINGS }, 'CUI'))).toBe(true);
  });
});
