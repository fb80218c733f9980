// Property: however the bundled pack is mutated — values replaced by anything, keys deleted, entries duplicated,
// bytes inserted or cut — the loader returns 'loaded' or 'invalid' with placed problems and never throws, and the PDF
// exporter, given what loaded, writes a PDF or fails with an ExportError. In memory: 1,000 variants under `npm test`,
// 10,000 under `npm run fuzz` (PUENTE_PROPERTY_RUNS sets the count; PUENTE_PROPERTY_SEED another seed).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseBriefing } from '../../../main/briefing/load';
import { EXPORT_LAYOUTS } from '../../../main/model/export-options';
import { ExportError, exportPdf } from '../../../main/pdf/export';
import { bundledBriefingPath } from '../../../main/paths';

const PACK = bundledBriefingPath();
const TEXT = readFileSync(PACK, 'utf8');
const DATA = parse(TEXT) as unknown;
const RUNS = Number(process.env.PUENTE_PROPERTY_RUNS ?? 1_000);
/** Every this many loaded variants also go through the exporter (a whole export costs ~100 loads): ~70 exports. */
const EXPORT_EVERY = Math.max(1, Math.ceil(RUNS / 70));
/** A hang guard, not a speed bound: an idle machine needs ~11 ms a run, a loaded one a few times that. */
const TIMEOUT_MS = Math.max(600_000, RUNS * 200);
const out = mkdtempSync(join(tmpdir(), 'puente-prop-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Follows `steps` from the root (each picks a child by index modulo the count); returns the container and key. */
function pick(root: Json, steps: number[]): { parent: Json[] | { [k: string]: Json }; key: string | number } | undefined {
  let parent: Json[] | { [k: string]: Json } | undefined;
  let key: string | number | undefined;
  let node = root;
  for (const step of steps) {
    if (node === null || typeof node !== 'object') break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string | number, Json>)[key]!;
  }
  return parent === undefined || key === undefined ? undefined : { parent, key };
}

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', 'file:///etc/passwd', '../../etc/passwd', '', ' ', '\u0000', '\uFFFD', '&<>"\'', 'x'.repeat(5000), '#zzzzzz', '9999-99-99'),
);
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('en', 'es', 'fr', 'text', 'title', 'layout', 'id'), hostileString, { maxKeys: 3 }),
) as fc.Arbitrary<Json>;

type Mutation =
  | { kind: 'set'; steps: number[]; value: Json }
  | { kind: 'delete'; steps: number[] }
  | { kind: 'duplicate'; steps: number[] }
  | { kind: 'bytes'; at: number; cut: number; insert: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), steps: fc.array(fc.nat(), { minLength: 1, maxLength: 9 }), value: anyValue }),
  fc.record({ kind: fc.constant('delete' as const), steps: fc.array(fc.nat(), { minLength: 1, maxLength: 9 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), steps: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat({ max: TEXT.length }), cut: fc.nat({ max: 40 }), insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '- ', '\n  ', '&a', '*a', '{', '"', '\t', '\r\n', '\uFEFF')) }),
);

function apply(m: Mutation): string {
  if (m.kind === 'bytes') return TEXT.slice(0, m.at) + m.insert + TEXT.slice(m.at + m.cut);
  const data = structuredClone(DATA) as Json;
  const spot = pick(data, m.steps);
  if (spot) {
    const { parent, key } = spot;
    if (m.kind === 'set') (parent as Record<string | number, Json>)[key] = m.value;
    else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key as string];
    else if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]!));
  }
  // JSON is YAML, and far quicker to write than block style; the byte mutations cover block-style text.
  return JSON.stringify(data);
}

test(`the loader and the exporter never throw on ${RUNS.toLocaleString('en')} mutations of the bundled pack`, async () => {
  let loaded = 0;
  let invalid = 0;
  let exported = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(mutation, fc.constantFrom(...EXPORT_LAYOUTS), fc.constantFrom('en', 'es', 'both' as const), async (m, layout, lang) => {
      const result = await parseBriefing(Buffer.from(apply(m), 'utf8'), PACK);
      if (result.status === 'invalid') {
        invalid += 1;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const p of result.errors) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
        }
        return;
      }
      expect(result.status).toBe('loaded');
      loaded += 1;
      if (loaded % EXPORT_EVERY !== 0) return;
      const topic = result.briefing.topics[loaded % result.briefing.topics.length]!;
      try {
        const done = await exportPdf(result.briefing, { layout, lang, topics: [topic.id], outPath: join(out, `${loaded}.pdf`), packDir: dirname(PACK) });
        expect(done.pages).toBeGreaterThan(0);
        expect(readFileSync(done.path).subarray(0, 5).toString()).toBe('%PDF-');
        exported += 1;
      } catch (err) {
        if (!(err instanceof ExportError)) throw err;
        refused += 1;
      }
    }),
    { numRuns: RUNS, seed: Number(process.env.PUENTE_PROPERTY_SEED ?? 20261128) },
  );
  // Both outcomes must really occur, or the mutations are too weak (or too strong) to test anything.
  expect(loaded).toBeGreaterThan(RUNS / 20);
  expect(invalid).toBeGreaterThan(RUNS / 20);
  expect(exported).toBeGreaterThan(0);
  expect(loaded + invalid).toBe(RUNS);
  // Nothing half-written is left behind by a refused export.
  expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  console.log(`property: ${loaded} loaded, ${invalid} invalid; ${exported} exported, ${refused} refused with a message`);
}, TIMEOUT_MS);
