// Spec (issue 13, item 11): the contents list each topic once — a section slide that opens its topic is the topic's
// own divider — and a bilingual export titles every entry in both languages.
import { expect, test } from 'vitest';
import type { Slide, Topic } from '../../../main/model/schema';
import { slideAnchor, topicAnchor } from '../../../main/pdf/layout';
import type { Selection } from '../../../main/pdf/selection';
import { contentsAnchors } from '../../../main/pdf/toc';

const section = { id: 'border-section', layout: 'section', title: { en: 'The border', es: 'La frontera' }, sources: [], backup: false } as Slide;
const points = { id: 'points', layout: 'bullets', title: { en: 'Seizures', es: 'Decomisos' }, bullets: ['a'], sources: [], backup: false } as Slide;
const laterSection = { ...section, id: 'later-section', title: { en: 'Part two', es: 'Segunda parte' } } as Slide;
const topic = { id: 'border', title: { en: 'The border', es: 'La frontera' }, slides: [section, points, laterSection] } as Topic;
const selection: Selection = { groups: [{ topic, slides: topic.slides }], citations: new Map(), marking: undefined };
const anchors = [topicAnchor(topic, 'en', 0), slideAnchor(section, 'en', 0), slideAnchor(points, 'en', 0), slideAnchor(laterSection, 'en', 0)];

test('a section slide that opens its topic is not listed again under it; a later section slide is', () => {
  expect(contentsAnchors(anchors, selection, 'en', undefined).map((a) => a.title)).toEqual(['The border', 'Seizures', 'Part two']);
});

test('a bilingual export titles each entry "first / second", each part in its language', () => {
  const listed = contentsAnchors(anchors, selection, 'en', 'es');
  expect(listed.map((a) => a.title)).toEqual(['The border / La frontera', 'Seizures / Decomisos', 'Part two / Segunda parte']);
  expect(listed[1]?.runs).toEqual([{ text: 'Seizures / ', lang: 'en' }, { text: 'Decomisos', lang: 'es' }]);
});
