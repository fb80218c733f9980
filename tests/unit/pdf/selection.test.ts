// Spec: what an export contains — topics in the order asked, backup slides by choice, sources numbered by first
// citation, and the highest marking among the slides exported.
import { expect, test } from 'vitest';
import { highestMarking, numberCitations, selectGroups, UnknownTopicError } from '../../../main/pdf/selection';
import { markedPack } from './marked-pack';

const b = markedPack();
const ids = (g: ReturnType<typeof selectGroups>) => g.map((x) => [x.topic.id, x.slides.map((s) => s.id)]);

test('topics come in the order asked, without backup slides or topics left empty', () => {
  expect(ids(selectGroups(b, ['more', 'figures', 'reserve'], 'exclude'))).toEqual([
    ['more', ['dates', 'picture', 'compare']],
    ['figures', ['six', 'trade', 'said']],
  ]);
});

test('backup slides come in when included', () => {
  expect(ids(selectGroups(b, undefined, 'include')).map(([t]) => t)).toEqual(['opening', 'figures', 'more', 'reserve']);
  expect(selectGroups(b, ['figures'], 'include')[0]?.slides.map((s) => s.id)).toContain('spare');
});

test('an unknown topic is an UnknownTopicError naming it', () => {
  expect(() => selectGroups(b, ['nope'], 'exclude')).toThrow(UnknownTopicError);
});

test('sources are numbered in order of first citation among the exported slides', () => {
  expect([...numberCitations(b, selectGroups(b, undefined, 'exclude'))]).toEqual([['release', 1], ['census', 2]]);
  expect([...numberCitations(b, selectGroups(b, ['opening'], 'exclude'))]).toEqual([]);
});

test('the marking is the highest among the exported slides, slides without one counting as the pack’s', () => {
  expect(highestMarking(b, selectGroups(b, undefined, 'exclude'))?.text).toBe('CUI');
  expect(highestMarking(b, selectGroups(b, undefined, 'include'))?.text).toBe('Restricted');
  expect(highestMarking(b, selectGroups(b, ['more'], 'exclude'))).toEqual({ text: 'Unclassified', color: '#007a33' });
});

test('without markings the pack’s classification is used as it is', () => {
  const plain = markedPack();
  delete plain.meta.markings;
  expect(highestMarking(plain, selectGroups(plain, undefined, 'include'))?.text).toBe('Unclassified');
});
