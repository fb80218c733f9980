import { expect, test } from 'vitest';
import { CALLS, CALL_CHANNELS, EVENT_CHANNELS, makeApi, type Transport } from '../../../main/model/contract';

test('makeApi gives one named method per call and routes it to its channel', async () => {
  const seen: [string, unknown][] = [];
  const transport: Transport = { invoke: async (c, r) => (seen.push([c, r]), 'ok'), on: () => () => {} };
  const api = makeApi(transport);
  await api.exportPdf({ lang: 'es' });
  await api.getBriefing();
  expect(seen).toEqual([['export:pdf', { lang: 'es' }], ['briefing:get', undefined]]);
  expect(Object.keys(api).sort()).toEqual([...Object.keys(CALLS), 'onBriefingChanged', 'onMenuCommand'].sort());
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
