// Settings survive a restart; a missing, corrupt or unwritable file never stops the app.
import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SettingsStore } from '../../../main/settings/store';
import { SavedRun } from '../../../main/model/contract';
import { initialShow } from '../../../main/model/show';

const temp = () => join(mkdtempSync(join(tmpdir(), 'puente-settings-')), 'settings.json');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
/** Waits for `check` to hold, however slow the machine (the bound only guards against a hang). */
const until = (check: () => boolean): Promise<void> =>
  vi.waitFor(() => expect(check()).toBe(true), { timeout: 30_000, interval: 20 });

describe('settings', () => {
  it('starts empty when the file is missing, and reads back what was saved', async () => {
    const file = temp();
    const s = await SettingsStore.open(file);
    expect(s.recent()).toEqual([]);
    expect(s.problem).toBeNull();
    s.addRecent('/p/a.yaml', 'a');
    s.saveRun('/p/a.yaml', { name: 'Short', topics: ['x', 'y'] });
    s.rememberShow('/p/a.yaml', { ...initialShow(null), view: 'slide', place: { topic: 2, slide: 1 } });
    await s.flush();
    const again = await SettingsStore.open(file);
    expect(again.lastPack()).toBe('/p/a.yaml');
    expect(again.runs('/p/a.yaml')).toEqual([{ name: 'Short', topics: ['x', 'y'] }]);
    expect(again.show('/p/a.yaml')?.place).toEqual({ topic: 2, slide: 1 });
  });

  it('keeps ten recent packs, newest first, without repeats', async () => {
    const s = await SettingsStore.open(null);
    for (let i = 0; i < 12; i++) s.addRecent(`/p/${i}`, `${i}`);
    s.addRecent('/p/5', '5');
    expect(s.recent().map((r) => r.name)).toEqual(['5', '11', '10', '9', '8', '7', '6', '4', '3', '2']);
  });

  it('replaces a run of the same name and deletes runs', async () => {
    const s = await SettingsStore.open(null);
    s.saveRun('/a', { name: 'Cut', topics: ['x'] });
    s.saveRun('/a', { name: 'Cut', topics: ['y'] });
    s.saveRun('/b', { name: 'Other', topics: ['z'] });
    expect(s.runs('/a')).toEqual([{ name: 'Cut', topics: ['y'] }]);
    s.deleteRun('/a', 'Cut');
    expect(s.runs('/a')).toEqual([]);
    expect(s.runs('/b')).toHaveLength(1);
  });

  it('keeps a run as the contract parsed it, its name trimmed; the contract refuses an empty or over-long one', async () => {
    const s = await SettingsStore.open(null);
    s.saveRun('/a', SavedRun.parse({ name: '  Short  ', topics: ['x'] }));
    expect(s.runs('/a')).toEqual([{ name: 'Short', topics: ['x'] }]);
    for (const bad of [{ name: '   ', topics: ['x'] }, { name: 'x'.repeat(61), topics: ['x'] }, { name: 'Empty', topics: [] }]) {
      expect(SavedRun.safeParse(bad).success).toBe(false);
    }
  });

  it('starts fresh from a corrupt file, says which file, and leaves it alone until something changes', async () => {
    const file = temp();
    writeFileSync(file, '{ not json');
    const s = await SettingsStore.open(file);
    expect(s.recent()).toEqual([]);
    expect(s.problem).toContain(file);
    await s.flush(); // as on quit, with nothing changed
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
    s.addRecent('/p', 'p');
    await s.flush();
    expect(readJson(file)).toMatchObject({ puenteSettings: 1, recent: [{ path: '/p', name: 'p' }] });
    expect(s.problem).toBeNull();
  });

  it('starts fresh from a file of the wrong shape or an unreadable one', async () => {
    const file = temp();
    writeFileSync(file, JSON.stringify({ puenteSettings: 2, recent: 'many' }));
    const wrong = await SettingsStore.open(file);
    expect(wrong.recent()).toEqual([]);
    expect(wrong.problem).toContain(file);
    const folder = await SettingsStore.open(dirname(file)); // a folder where the file should be
    expect(folder.lastPack()).toBeNull();
    expect(folder.problem).toContain(dirname(file));
  });

  it('writes a change by itself shortly after it is made', async () => {
    const file = temp();
    const s = await SettingsStore.open(file);
    s.addRecent('/p', 'p');
    expect(existsSync(file)).toBe(false); // debounced, not written at once
    await until(() => existsSync(file));
    expect(readJson(file)).toMatchObject({ recent: [{ path: '/p' }] });
  });

  it('writes one at a time, leaving the last state and no temp files behind', async () => {
    const file = temp();
    const s = await SettingsStore.open(file);
    const flushes: Array<Promise<void>> = [];
    for (let i = 0; i < 20; i++) {
      s.addRecent(`/p/${i}`, `${i}`);
      flushes.push(s.flush());
    }
    await Promise.all(flushes);
    expect((await SettingsStore.open(file)).lastPack()).toBe('/p/19');
    expect(readdirSync(dirname(file))).toEqual(['settings.json']);
  });

  it('creates the settings folder when it does not exist yet', async () => {
    const file = join(dirname(temp()), 'Puente', 'nested', 'settings.json');
    const s = await SettingsStore.open(file);
    s.addRecent('/p', 'p');
    await s.flush();
    expect(s.problem).toBeNull();
    expect((await SettingsStore.open(file)).lastPack()).toBe('/p');
  });

  it('ignores a remembered position that no longer reads as a show', async () => {
    const file = temp();
    writeFileSync(file, JSON.stringify({ puenteSettings: 1, packs: { '/a': { show: { view: 'sideways' } } } }));
    expect((await SettingsStore.open(file)).show('/a')).toBeNull();
  });

  it('reports a folder it cannot write to instead of throwing', async () => {
    // A file where the settings folder should be: refused even for root, unlike permissions.
    const blocker = join(mkdtempSync(join(tmpdir(), 'puente-ro-')), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const s = await SettingsStore.open(join(blocker, 'settings.json'));
    s.addRecent('/p', 'p');
    await expect(s.flush()).resolves.toBeUndefined();
    expect(s.problem).toMatch(/not-a-folder/);
    expect(s.recent()).toHaveLength(1);
  });
  it('keeps a run’s slot, and loads runs saved before slots existed', async () => {
    const file = temp();
    writeFileSync(file, JSON.stringify({ puenteSettings: 1, recent: [], packs: { '/a': { runs: [{ name: 'Old', topics: ['x'] }] } } }));
    const s = await SettingsStore.open(file);
    expect(s.problem).toBeNull();
    expect(s.runs('/a')).toEqual([{ name: 'Old', topics: ['x'] }]);
    expect(s.rehearsals('/a')).toEqual([]);
    s.saveRun('/a', { name: 'Ten', topics: ['x', 'y'], slot: 600 });
    await s.flush();
    expect((await SettingsStore.open(file)).runs('/a')).toEqual([{ name: 'Old', topics: ['x'] }, { name: 'Ten', topics: ['x', 'y'], slot: 600 }]);
  });

  it('drops one saved run or rehearsal it cannot read, and keeps the rest of the file', async () => {
    const file = temp();
    const packs = { '/a': { runs: [{ name: 'Bad', topics: ['x'], slot: -3 }, { name: 'Good', topics: ['y'] }], rehearsals: [{ at: 'x', slides: { a: 'slow' } }] } };
    writeFileSync(file, JSON.stringify({ puenteSettings: 1, recent: [{ path: '/a', name: 'a' }], packs }));
    const s = await SettingsStore.open(file);
    expect(s.problem).toBeNull();
    expect(s.recent()).toHaveLength(1);
    expect(s.runs('/a')).toEqual([{ name: 'Good', topics: ['y'] }]);
    expect(s.rehearsals('/a')).toEqual([]);
  });

  it('keeps the last two rehearsals of each pack, oldest first', async () => {
    const file = temp();
    const s = await SettingsStore.open(file);
    for (const at of ['1', '2', '3']) s.saveRehearsal('/a', { at, slides: { s: Number(at) } });
    s.saveRehearsal('/b', { at: 'b', slides: { s: 1 } });
    await s.flush();
    const again = await SettingsStore.open(file);
    expect(again.rehearsals('/a').map((r) => r.at)).toEqual(['2', '3']);
    expect(again.rehearsals('/b')).toEqual([{ at: 'b', slides: { s: 1 } }]);
  });
});
