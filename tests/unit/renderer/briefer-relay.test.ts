// Spec (issue 13): what the audience window hands to the presenter window, and where a panel opens.
import { afterEach, expect, test } from 'vitest';
import { openRelay, panelHome, type BrieferNote } from '../../../renderer/briefer-relay';

test('a panel opens in the presenter window only when it was asked for on the audience window with one open', () => {
  expect(panelHome('audience', true)).toBe('presenter');
  expect(panelHome('audience', false)).toBe('here');
  expect(panelHome('presenter', true)).toBe('here');
  expect(panelHome('presenter', false)).toBe('here');
});

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((r) => r.close()));

test('every panel crosses the relay; malformed or unknown panels are dropped', async () => {
  const got: BrieferNote[] = [];
  const all: BrieferNote[] = [
    { kind: 'open', panel: 'overview' },
    { kind: 'open', panel: 'search' },
    { kind: 'open', panel: 'help' },
    { kind: 'open', panel: 'export' },
  ];
  const done = new Promise<void>((resolve) => {
    open.push(openRelay((note) => {
      got.push(note);
      if (got.length === all.length) resolve();
    }));
  });
  const sender = openRelay(() => undefined);
  open.push(sender);
  const raw = new BroadcastChannel('puente-briefer');
  open.push(raw);
  raw.postMessage({ kind: 'open', panel: 'settings' });
  raw.postMessage({ kind: 'open' });
  for (const note of all) sender.send(note);
  await done;
  expect(got).toEqual(all);
});
