// The Export dialog's choices as pure functions (renderer/export/export-choices.ts): what applies to which layout,
// the default topics, and the request the choices make. Kept beside the handler tests it pairs with.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { Briefing } from '../../../main/model/schema';
import { EXPORT_LAYOUTS, ExportOptions, NOTES_FIT, PAPER_LAYOUTS } from '../../../main/model/export-options';
import {
  defaultTopics,
  exportRequest,
  initialChoice,
  langChoices,
  newExportId,
  notesRule,
  paperApplies,
  toggleTopic,
  topicOrder,
} from '../../../renderer/export/export-choices';

const pack = Briefing.parse(parse(readFileSync(resolve(__dirname, '../../../assets/briefings/ca-mx-spp/briefing.yaml'), 'utf8')));
const ids = pack.topics.map((t) => t.id);
const show = { run: null, lang: 'en' as const, bilingual: false };

describe('which choices apply', () => {
  test('notes are part of the notes layout, a choice on NOTES_FIT layouts and absent elsewhere', () => {
    for (const layout of EXPORT_LAYOUTS) {
      expect(notesRule(layout)).toBe(layout === 'notes' ? 'always' : NOTES_FIT.includes(layout) ? 'optional' : 'never');
    }
  });
  test('paper applies exactly to PAPER_LAYOUTS', () => {
    expect(EXPORT_LAYOUTS.filter((l) => paperApplies(l))).toEqual([...PAPER_LAYOUTS]);
  });
  test('both languages are offered only when the pack has English and Spanish', () => {
    expect(langChoices(['en', 'es'])).toEqual(['en', 'es', 'both']);
    expect(langChoices(['es'])).toEqual(['es']);
  });
});

describe('topics', () => {
  test("a run's topics come first, in its order, and are the default; otherwise all, in pack order", () => {
    const run = [ids[2]!, ids[0]!];
    expect(topicOrder(pack, run).slice(0, 2)).toEqual(run);
    expect(defaultTopics(pack, run)).toEqual(run);
    expect(defaultTopics(pack, null)).toEqual(ids);
  });
  test('ticking a topic keeps the chosen ones in the listed order', () => {
    expect(toggleTopic([ids[2]!], ids[0]!, ids)).toEqual([ids[0], ids[2]]);
    expect(toggleTopic(ids, ids[1]!, ids)).toEqual(ids.filter((_, i) => i !== 1));
  });
});

describe('the request', () => {
  test('every topic in pack order is sent as no topic list; options that do not apply are left out', () => {
    const req = exportRequest(initialChoice(pack, show), pack);
    expect(req).toEqual({ layout: 'slides', lang: 'en', backup: 'exclude' });
    expect(ExportOptions.safeParse(req).success).toBe(true);
  });
  test('a handout with notes on A4 in both languages asks for exactly that', () => {
    const choice = { ...initialChoice(pack, { ...show, bilingual: true }), layout: 'handout-3' as const, notes: true, paper: 'a4' as const };
    expect(exportRequest(choice, pack)).toEqual({ layout: 'handout-3', lang: 'both', backup: 'exclude', notes: true, paper: 'a4' });
  });
  test('notes chosen earlier are not sent on a layout for the audience', () => {
    const choice = { ...initialChoice(pack, show, { notes: true }), layout: 'handout-6' as const };
    expect(exportRequest(choice, pack).notes).toBeUndefined();
  });
  test('every combination the dialog can make is a valid request', () => {
    for (const layout of EXPORT_LAYOUTS) {
      for (const notes of [false, true]) {
        const req = exportRequest({ ...initialChoice(pack, show), layout, notes, topics: [ids[1]!] }, pack);
        expect(ExportOptions.safeParse(req).success, `${layout} notes=${notes}`).toBe(true);
      }
    }
  });
});

test('export ids are 16 hex digits', () => {
  expect(newExportId()).toMatch(/^[0-9a-f]{16}$/);
});

describe('run sheet choices', () => {
  test("a run sheet asks for the start when it reads as HH:MM, and the run's slot; other layouts ask for neither", () => {
    const choice = { ...initialChoice(pack, { run: null, lang: 'en', bilingual: false, slot: 600 }), layout: 'run-sheet' as const, start: ' 14:30 ' };
    expect(exportRequest(choice, pack)).toMatchObject({ layout: 'run-sheet', start: '14:30', slot: '10m' });
    expect(exportRequest({ ...choice, start: '2pm' }, pack)).not.toHaveProperty('start');
    const brief = exportRequest({ ...choice, layout: 'brief' }, pack);
    expect(brief).not.toHaveProperty('start');
    expect(brief).not.toHaveProperty('slot');
  });
});
