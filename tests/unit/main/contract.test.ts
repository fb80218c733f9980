import { expect, test } from 'vitest';
import { CALLS, CALL_CHANNELS, EVENTS, EVENT_CHANNELS, makeApi, type Transport } from '../../../main/model/contract';

test('makeApi gives one named method per call and routes it to its channel', async () => {
  const seen: [string, unknown][] = [];
  const transport: Transport = { invoke: async (c, r) => (seen.push([c, r]), 'ok'), on: () => () => {} };
  const api = makeApi(transport);
  await api.exportPdf({ lang: 'es' });
  await api.getBriefing();
  expect(seen).toEqual([['export:pdf', { lang: 'es' }], ['briefing:get', undefined]]);
  expect(Object.keys(api).sort()).toEqual([...Object.keys(CALLS), ...Object.keys(EVENTS)].sort());
  expect(Object.keys(EVENTS).every((name) => name.startsWith('on'))).toBe(true);
});

test('event listeners receive only the payload and can unsubscribe', () => {
  const listeners = new Map<string, (p: unknown) => void>();
  const api = makeApi({ invoke: async () => undefined, on: (c, l) => (listeners.set(c, l), () => listeners.delete(c)) });
  const got: unknown[] = [];
  const off = api.onMenuCommand((cmd) => got.push(cmd));
  listeners.get('menu:command')!('export-pdf');
  off();
  expect(got).toEqual(['export-pdf']);
  expect(listeners.size).toBe(0);
});

test('channel names are unique', () => {
  const all = [...CALL_CHANNELS, ...EVENT_CHANNELS];
  expect(new Set(all).size).toBe(all.length);
});

test('a window cannot push a show that breaks the contract', () => {
  const bad = [
    { view: 'slide', place: { topic: -1, slide: 0 }, lang: 'en', bilingual: false, blank: 'none', run: null, returnTo: null },
    { view: 'slide', place: { topic: 0, slide: 0 }, lang: 'fr', bilingual: false, blank: 'none', run: null, returnTo: null },
    { view: 'slide', place: { topic: 0, slide: 0 }, lang: 'en', bilingual: false, blank: 'grey', run: null, returnTo: null },
    { view: 'slide', place: { topic: 0, slide: 0 }, lang: 'en', bilingual: false, blank: 'none', run: null, returnTo: null, extra: 1 },
  ];
  for (const state of bad) expect(CALLS.setShow.request.safeParse(state).success).toBe(false);
});
