// Spec: what `puente validate` says about markings — a slide's marking must be one the pack declares, in order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { formatProblem } from '../../../main/model/problems';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-markings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pack = (meta: string, slideMarking: string): string =>
  `puente: 1
meta:
  title: Marked
  organization: Tests
${meta}
topics:
  - id: one
    title: One
    slides:
      - id: a
        layout: section
        title: A
${slideMarking}
`;

async function problems(yaml: string): Promise<string[]> {
  const file = join(dir, `p-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  const r = await loadBriefing(file);
  return (r.status === 'invalid' ? r.errors : []).map(formatProblem);
}

const MARKINGS = `  classification: { text: Unclassified }
  markings:
    - { text: Unclassified, color: "#007a33" }
    - { text: CUI, color: "#502b85" }`;

test('a slide naming a declared marking is valid', async () => {
  expect(await problems(pack(MARKINGS, '        classification: CUI'))).toEqual([]);
});

test('a slide naming an undeclared marking is an error at its line and column, listing the markings', async () => {
  const errs = await problems(pack(MARKINGS, '        classification: Secret'));
  expect(errs).toHaveLength(1);
  expect(errs[0]).toMatch(/\.yaml:16:25 topics\[0\]\.slides\[0\]\.classification: unknown marking "Secret" \(declared under meta\.markings: Unclassified, CUI\)$/);
});

test('the pack’s classification must be one of its markings', async () => {
  const meta = MARKINGS.replace('{ text: Unclassified }', '{ text: Public }');
  const errs = await problems(pack(meta, ''));
  expect(errs.join('\n')).toMatch(/:5:27 meta\.classification\.text: classification "Public" is not one of the markings/);
});

test('a slide marking without declared markings is an error', async () => {
  const errs = await problems(pack('  classification: { text: Unclassified }', '        classification: CUI'));
  expect(errs.join('\n')).toContain('slide marking "CUI" needs meta.markings');
});

test('two markings with the same text are an error', async () => {
  const errs = await problems(pack(`${MARKINGS}\n    - { text: CUI, color: "#000000" }`, ''));
  expect(errs.join('\n')).toContain('duplicate marking "CUI"');
});
