// The pack watcher: one call per burst of saves, atomic saves and images seen, nothing after close, no crash when the folder goes.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchPack } from '../../../main/briefing/watch';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const pack = () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-watch-'));
  made.push(dir);
  const yaml = join(dir, 'briefing.yaml');
  writeFileSync(yaml, 'a');
  mkdirSync(join(dir, 'images'));
  return { dir, yaml };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits for `check` to hold: for the event, however slow a busy machine is (the bound is only a hang guard). */
const until = (check: () => boolean): Promise<void> =>
  vi.waitFor(() => expect(check()).toBe(true), { timeout: 30_000, interval: 10 });
// fs.watch (recursive, Node 20 on Linux) sets its watches up synchronously, so a write right after it is seen.
// A burst is coalesced when its events are handled within the debounce; the events of writes made in one turn are
// queued together, so a generous debounce makes the count independent of the machine's speed.
const DEBOUNCE_MS = 400;
/** How long a second, wrong call is given to show itself (a quiet spell: only a wrong call can fail the test). */
const QUIET_MS = DEBOUNCE_MS * 2;

describe('watching a pack', () => {
  it('calls back once for one save', async () => {
    const { yaml } = pack();
    let calls = 0;
    const w = watchPack(yaml, () => calls++, { debounceMs: DEBOUNCE_MS });
    writeFileSync(yaml, 'b');
    await until(() => calls > 0);
    await sleep(QUIET_MS);
    expect(calls).toBe(1);
    w.close();
  });

  it('calls back once for a burst of five quick saves', async () => {
    const { yaml } = pack();
    let calls = 0;
    const w = watchPack(yaml, () => calls++, { debounceMs: DEBOUNCE_MS });
    for (let i = 0; i < 5; i++) writeFileSync(yaml, `v${i}`);
    await until(() => calls > 0);
    await sleep(QUIET_MS);
    expect(calls).toBe(1);
    w.close();
  });

  it('sees a save by temp file and rename', async () => {
    const { dir, yaml } = pack();
    let calls = 0;
    const w = watchPack(yaml, () => calls++, { debounceMs: DEBOUNCE_MS });
    writeFileSync(join(dir, 'briefing.yaml.tmp'), 'b');
    renameSync(join(dir, 'briefing.yaml.tmp'), yaml);
    await until(() => calls > 0);
    expect(calls).toBe(1);
    w.close();
  });

  it('sees an image change in a sub-folder', async () => {
    const { dir, yaml } = pack();
    let calls = 0;
    const w = watchPack(yaml, () => calls++, { debounceMs: DEBOUNCE_MS });
    writeFileSync(join(dir, 'images', 'map.png'), 'png');
    await until(() => calls > 0);
    expect(calls).toBe(1);
    w.close();
  });

  it('stays quiet after close, even with a change pending, and closes twice harmlessly', async () => {
    const { yaml } = pack();
    let calls = 0;
    // Fake timers hold the debounce, so the change is surely still pending at close, however slow the machine.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const w = watchPack(yaml, () => calls++, { debounceMs: 100 });
      writeFileSync(yaml, 'c');
      await until(() => vi.getTimerCount() > 0);
      w.close();
      w.close();
      writeFileSync(yaml, 'd');
      vi.advanceTimersByTime(10_000);
      expect(vi.getTimerCount()).toBe(0);
      expect(calls).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops quietly when the folder is deleted, saying so', async () => {
    const { dir, yaml } = pack();
    let calls = 0;
    let error: Error | undefined;
    const w = watchPack(yaml, () => calls++, { debounceMs: DEBOUNCE_MS, onError: (e) => (error = e) });
    rmSync(dir, { recursive: true, force: true });
    await until(() => error !== undefined);
    expect(error?.message).toContain(dir);
    expect(calls).toBeLessThanOrEqual(1); // the app hears once that the pack has gone
    expect(() => w.close()).not.toThrow();
  });

  it('does not throw for a folder that does not exist', () => {
    let failed = false;
    const w = watchPack('/no/such/folder/briefing.yaml', () => undefined, { onError: () => (failed = true) });
    expect(failed).toBe(true);
    w.close();
  });
});
