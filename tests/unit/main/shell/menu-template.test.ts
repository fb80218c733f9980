// Issue 11 item 6: on macOS the first submenu shows under the app's name, and without an Edit menu Cmd+C/V/X/A/Z do
// nothing in text fields. The template is checked by value for each platform.
import { describe, expect, test, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../../main/shell/menu-template';

const build = (platform: NodeJS.Platform, recent = [{ path: '/p/a', name: 'A' }]) => {
  const send = vi.fn();
  const openRecent = vi.fn();
  return { template: menuTemplate({ platform, recent, send, openRecent }), send, openRecent };
};
const names = (t: MenuItemConstructorOptions[]) => t.map((i) => i.role ?? i.label);
const sub = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (t: MenuItemConstructorOptions[], label: string) => t.find((i) => i.label === label);

describe('application menu', () => {
  test('macOS: the app menu first (so File is a real File menu), then File, Edit, View, Window, Help', () => {
    expect(names(build('darwin').template)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu', 'help']);
  });
  test.each(['win32', 'linux'] as const)('%s: File, Edit, View, Help — no app menu', (platform) => {
    expect(names(build(platform).template)).toEqual(['File', 'editMenu', 'View', 'help']);
  });
  test.each(['darwin', 'win32', 'linux'] as const)('%s: an Edit menu (the editMenu role: undo, cut, copy, paste, select all)', (platform) => {
    expect(build(platform).template.filter((i) => i.role === 'editMenu')).toHaveLength(1);
  });
  test('Quit: in the app menu on macOS (File ends with Close), at the end of File elsewhere', () => {
    expect(sub(find(build('darwin').template, 'File')).at(-1)).toEqual({ role: 'close' });
    for (const p of ['win32', 'linux'] as const) expect(sub(find(build(p).template, 'File')).at(-1)).toEqual({ role: 'quit' });
  });
  test('menu items send their commands, and Open Recent opens the pack by path', () => {
    const { template, send, openRecent } = build('linux');
    const file = sub(find(template, 'File'));
    const click = (item: MenuItemConstructorOptions | undefined) =>
      (item?.click as unknown as (() => void) | undefined)?.();
    click(file.find((i) => i.label === 'Open Briefing…'));
    click(file.find((i) => i.label === 'Export PDF…'));
    click(sub(file.find((i) => i.label === 'Open Recent'))[0]);
    expect(send.mock.calls).toEqual([['open-briefing'], ['export-pdf']]);
    expect(openRecent).toHaveBeenCalledWith('/p/a');
  });
  test('Open Recent is disabled with no recent packs', () => {
    expect(sub(find(build('linux', []).template, 'File')).find((i) => i.label === 'Open Recent')?.enabled).toBe(false);
  });
});
