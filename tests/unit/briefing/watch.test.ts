// The pack watcher: one call per burst of saves, atomic saves seen, nothing after close, no crash when the folder goes.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchPack } from '../../../main/briefing/watch';

const pack = () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-watch-'));
  const yaml = join(dir, 'briefing.yaml');
  writeFileSync(yaml, 'a');
  return { dir, yaml };
};
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await settle(20);
}

describe('watching a pack', () => {
  it('calls back once for a burst of writes', async () => {
    const { yaml } = pack();
    let calls = 0;
    const w = watchPack(yaml, () => calls++, { debounceMs: 60 });
    await settle(50);
    for (let i = 0; i < 5; i++) writeFileSync(yaml, `v${i}`);
    await until(() => calls > 0);
    await settle(200);
    expect(calls).toBe(1);
    w.close();
  });

  it('sees a save by temp file and rename', async () => {
    const { dir, yaml } = pack();
    let calls = 0;
    const w = watchPack(yaml, () => calls++, { debounceMs: 40 });
    await settle(50);
    writeFileSync(join(dir, 'briefing.yaml.tmp'), 'b');
    renameSync(join(dir, 'briefing.yaml.tmp'), yaml);
    await until(() => calls > 0);
    expect(calls).toBe(1);
    w.close();
  });

  it('stays quiet after close, even with a change pending', async () => {
    const { yaml } = pack();
    let calls = 0;
    const w = watchPack(yaml, () => calls++, { debounceMs: 100 });
    await settle(50);
    writeFileSync(yaml, 'c');
    await settle(30);
    w.close();
    w.close();
    writeFileSync(yaml, 'd');
    await settle(300);
    expect(calls).toBe(0);
  });

  it('does not throw when the folder is deleted', async () => {
    const { dir, yaml } = pack();
    const w = watchPack(yaml, () => undefined, { debounceMs: 20, onError: () => undefined });
    await settle(50);
    rmSync(dir, { recursive: true, force: true });
    await settle(200);
    expect(() => w.close()).not.toThrow();
  });

  it('does not throw for a folder that does not exist', () => {
    let failed = false;
    const w = watchPack('/no/such/folder/briefing.yaml', () => undefined, { onError: () => (failed = true) });
    expect(failed).toBe(true);
    w.close();
  });
});
