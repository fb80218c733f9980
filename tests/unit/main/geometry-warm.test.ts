// The main side lays out the slide a window opens on once the window has its pack, so that the window's first
// geometry request does not pay for the measurer's cold start (fonts parsed, words shaped).
import { expect, test, vi } from 'vitest';
import { createHandlers } from '../../../main/handlers';
import { warmGeometry } from '../../../main/handlers/geometry';
import * as geometry from '../../../main/model/slide-geometry';
import type { LoadResult } from '../../../main/model/contract';
import { initialShow } from '../../../main/model/show';
import { flowPack } from '../flow-pack';

vi.mock('../../../main/model/slide-geometry', async (actual) => {
  const real = await actual<typeof import('../../../main/model/slide-geometry')>();
  return { ...real, slideGeometry: vi.fn(real.slideGeometry) };
});
const laidOut = () => vi.mocked(geometry.slideGeometry).mock.calls.map(([slide, options]) => `${slide.id}:${options.lang}:${options.lang2 ?? ''}`);

const APP = 'app://puente/index.html';

test('once a window has its pack, the slide a click on the current topic opens is laid out, unasked', async () => {
  vi.mocked(geometry.slideGeometry).mockClear();
  const handlers = createHandlers({ chooseBriefingPath: async () => null, chooseExportPath: async () => null });
  const r = (await handlers['briefing:get'](APP, undefined)) as LoadResult;
  if (r.status !== 'loaded') throw new Error('the bundled briefing did not load');
  const first = r.briefing.topics[0]!.slides.find((s) => !s.backup)!;
  await vi.waitFor(() => expect(laidOut()).toEqual([`${first.id}:en:`]));
  // A second window (the presenter's) asks again: the same pack is not laid out twice.
  await handlers['briefing:get'](APP, undefined);
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  expect(laidOut()).toHaveLength(1);
});

test('the warm-up follows the show: the slide on screen, in its languages', () => {
  vi.mocked(geometry.slideGeometry).mockClear();
  const pack = flowPack({ languages: ['en', 'es'] });
  warmGeometry(pack, { ...initialShow(pack), view: 'slide', place: { topic: 1, slide: 2 }, lang: 'es', bilingual: true });
  expect(laidOut()).toEqual(['b2:es:en']);
});

test('a show whose place names no slide warms nothing and throws nothing', () => {
  vi.mocked(geometry.slideGeometry).mockClear();
  const pack = flowPack();
  expect(() => warmGeometry(pack, { ...initialShow(pack), view: 'slide', place: { topic: 7, slide: 0 } })).not.toThrow();
  expect(laidOut()).toEqual([]);
});
