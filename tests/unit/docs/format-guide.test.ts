// Spec (issue 10): every YAML example in docs/briefing-format.md is a pack the real loader accepts — or, marked
// `# WRONG`, one it refuses with the very message the guide quotes after it. A block that starts `puente: 1` is a
// whole pack; one that starts `# fragment: meta|sources|topics|slides` is wrapped into a minimal pack at that place.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { formatProblem } from '../../../main/model/problems';

const root = resolve(__dirname, '../../..');
const guide = readFileSync(join(root, 'docs/briefing-format.md'), 'utf8');

interface Example {
  yaml: string;
  /** Where a fragment goes; null for a whole pack. */
  fragment: 'meta' | 'sources' | 'topics' | 'slides' | null;
  wrong: boolean;
  /** For a WRONG example: the message the guide quotes after it ("gives `…`"). */
  quoted: string | null;
  line: number;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const m of guide.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const yaml = m[1]!;
    const marker = /^# (WRONG — )?fragment: (meta|sources|topics|slides)\n/.exec(yaml);
    const after = guide.slice(m.index! + m[0].length);
    const gives = /^\s*\n*gives `([^`]*)`/.exec(after);
    out.push({
      yaml,
      fragment: (marker?.[2] as Example['fragment'] | undefined) ?? null,
      wrong: marker?.[1] !== undefined,
      quoted: gives ? gives[1]!.replace(/\s+/g, ' ') : null,
      line: guide.slice(0, m.index).split('\n').length,
    });
  }
  return out;
}

const indent = (text: string, n: number): string => text.replace(/^(?=.)/gm, ' '.repeat(n));

/** The example as a whole pack: fragments get the fields a pack needs around them. */
function wrap(e: Example): string {
  switch (e.fragment) {
    case null:
      return e.yaml;
    case 'meta': {
      const has = (key: string) => new RegExp(`^${key}:`, 'm').test(e.yaml);
      const meta = `${has('title') ? '' : 'title: T\n'}${has('organization') ? '' : 'organization: O\n'}${e.yaml}`;
      return `puente: 1\nmeta:\n${indent(meta, 2)}topics:\n  - { id: t, title: T, slides: [{ id: s, layout: title, title: T }] }\n`;
    }
    case 'sources':
      return `puente: 1\nmeta: { title: T, organization: O }\nsources:\n${e.yaml}topics:\n  - { id: t, title: T, slides: [{ id: s, layout: title, title: T }] }\n`;
    case 'topics':
      return `puente: 1\nmeta: { title: T, organization: O }\ntopics:\n${e.yaml}`;
    case 'slides':
      return `puente: 1\nmeta: { title: T, organization: O }\ntopics:\n  - id: t\n    title: T\n    slides:\n${indent(e.yaml, 6)}`;
  }
}

/** Writes the example as a pack folder, with a real picture for every image it names. */
function packOf(e: Example): string {
  const dir = mkdtempSync(join(tmpdir(), 'puente-guide-'));
  const yaml = wrap(e);
  writeFileSync(join(dir, 'briefing.yaml'), yaml);
  for (const m of yaml.matchAll(/^\s*image: (\S+\.png)$/gm)) copyFileSync(join(root, 'tests/fixtures/long-text/map.png'), join(dir, m[1]!));
  return dir;
}

const all = examples();

test('the guide has whole-pack, fragment and WRONG examples, and every block is one of them', () => {
  expect(all.length).toBeGreaterThanOrEqual(7);
  expect(all.some((e) => e.fragment === null)).toBe(true);
  expect(all.some((e) => e.wrong)).toBe(true);
  for (const e of all) {
    if (e.fragment === null) expect(e.yaml.startsWith('puente: 1'), `guide line ${e.line}: a block without a fragment marker must be a whole pack`).toBe(true);
  }
});

test.each(all.filter((e) => !e.wrong).map((e) => [e.line, e] as const))('the example at guide line %i loads', async (_line, e) => {
  const r = await loadBriefing(packOf(e));
  expect(r.status === 'invalid' ? r.errors.map(formatProblem) : []).toEqual([]);
  expect(r.status).toBe('loaded');
  // No translation missing or character undrawable in a guide example: it shows how to write a pack well.
  expect(r.warnings.map(formatProblem)).toEqual([]);
});

test.each(all.filter((e) => e.wrong).map((e) => [e.line, e] as const))('the WRONG example at guide line %i is refused with the message quoted', async (_line, e) => {
  const r = await loadBriefing(packOf(e));
  expect(r.status).toBe('invalid');
  expect(e.quoted, 'a WRONG example is followed by: gives `the message`').not.toBeNull();
  const messages = r.status === 'invalid' ? r.errors.map((p) => p.message.replace(/\s+/g, ' ')) : [];
  expect(messages).toContain(e.quoted);
});
