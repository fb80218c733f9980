// The fast reader gives the data the positioned `yaml` reader gives, for every kind of scalar and structure a pack
// can hold, and refuses what it cannot vouch for (so load.ts reads it the full way).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { quickRead } from '../../../main/briefing/quick-read';
import { bundledBriefingPath } from '../../../main/paths';

const full = (text: string): unknown => parseDocument(text).toJS();

/** What matters: whenever the fast reader gives data, the full reader gives the same data and finds no error. */
function agrees(text: string): boolean {
  const quick = quickRead(text);
  if (quick === undefined) return false;
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  expect(quick).toEqual(doc.toJS());
  return true;
}

const SCALARS = [
  '12', '-0', '+5', '007', '0o17', '0x1F', '0b101', '1_000', '1e3', '1E-3', '.5', '-.5', '5.', '+12.5e+2', '1e999',
  '-1e999', '99999999999999999999', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', 'inf', '~', 'null', 'Null',
  'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'yes', 'no', 'on', 'off', 'y', 'n', '2024-01-05', '12:30', '1:30:00',
  '0.1.2', '1,000', '$5', '5%', '.', '0x', '0o8', '+', '"12"', "'true'", '"a\\tb\\u00e9"', "'it''s'", '"\\x41"',
  'ends with #hash', 'ñandú', 'Tiếng Việt', 'a  # comment',
];

describe('quickRead', () => {
  it.each(SCALARS)('reads the scalar %s as the yaml package does', (s) => {
    expect(agrees(`v: ${s}\n`)).toBe(true);
    // In a flow list some of these are other structures or errors: then the fast reader may refuse, never differ.
    agrees(`list: [${s}]\n`);
    agrees(`- ${s}\n- [${s}, ${s}]\n`);
  });

  it.each(['-', 'plain text with: colon', 'a: b: c', '[unclosed', '"unclosed', "tab\there"])('may refuse %s, never reads it otherwise', (s) => {
    agrees(`v: ${s}\n`);
  });

  it('reads block scalars, flow collections, nested lists and unicode as the yaml package does', () => {
    const text = [
      'title:', '  en: "Hello"', '  es: Hola — señor', 'notes: |', '  line one', '  line two', '', 'folded: >-', '  a', '  b',
      '', '  c', 'keep: |+', '  x', '', 'flow: {a: 1, b: [x, "y", {c: ~}]}', 'seq:', '  - - 1', '    - two', '  - k: v',
      '    k2: [ ]', 'empty:', 'quoted key "x": 1', '"1": one', '? complex', ': value', '__proto__: safe',
    ].join('\n');
    expect(agrees(text)).toBe(true);
  });

  it('reads the bundled briefing as the yaml package does', () => {
    const text = readFileSync(bundledBriefingPath(), 'utf8');
    expect(quickRead(text)).toEqual(full(text));
  });

  // Every pack the suite holds, hostile ones included: the fast reader gives what the full one gives, or refuses.
  const fixtures = (readdirSync('tests/fixtures', { recursive: true }) as string[])
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join('tests/fixtures', f));
  it('reads every fixture pack as the yaml package does, or leaves it to the full reader', () => {
    expect(fixtures.length).toBeGreaterThan(10);
    for (const file of fixtures) agrees(readFileSync(file, 'utf8'));
  });

  it.each([
    ['a syntax error', 'a: [1, 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an alias', 'a: &x [1]\nb: *x\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty file', ''],
    ['an explicit number tag', 'a: !!int "12"\n'],
    ['an unknown tag', 'a: !thing 12\n'],
    ['deep nesting', `${'['.repeat(500)}${']'.repeat(500)}`],
  ])('refuses %s (the full reader reports it)', (_what, text) => {
    expect(quickRead(text)).toBeUndefined();
  });
});
