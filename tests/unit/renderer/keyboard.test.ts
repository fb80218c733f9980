// Keys a presenter (or a clicker) presses, and what each asks the presentation to do.
import { describe, expect, it } from 'vitest';
import { KeyInterpreter, listenForKeys, type KeyPress } from '../../../renderer/keyboard';

const kinds = (keys: string[]) => {
  const k = new KeyInterpreter();
  return keys.map((key) => k.interpret(key)?.kind ?? null);
};

describe('keyboard', () => {
  it('moves next on right arrow, space and page down', () => {
    expect(kinds(['ArrowRight', ' ', 'PageDown'])).toEqual(['next', 'next', 'next']);
  });

  it('moves back on left arrow and page up', () => {
    expect(kinds(['ArrowLeft', 'PageUp'])).toEqual(['previous', 'previous']);
  });

  it('goes to the first and last slide on Home and End', () => {
    expect(kinds(['Home', 'End'])).toEqual(['first', 'last']);
  });

  it('jumps to the number typed before Enter', () => {
    const k = new KeyInterpreter();
    k.interpret('1');
    k.interpret('2');
    expect(k.interpret('Enter')).toEqual({ kind: 'jump', n: 12 });
  });

  it('forgets typed digits when another key comes between them and Enter', () => {
    const k = new KeyInterpreter();
    k.interpret('3');
    k.interpret('ArrowRight');
    expect(k.interpret('Enter')).toBeNull();
  });

  it('opens the overview on Escape or O, the agenda on A, and switches language on L', () => {
    expect(kinds(['Escape', 'o', 'O', 'a', 'A', 'l', 'L'])).toEqual([
      'overview', 'overview', 'overview', 'agenda', 'agenda', 'toggle-language', 'toggle-language',
    ]);
  });

  it('blanks the screen black on B or a clicker\'s "." and white on W', () => {
    const k = new KeyInterpreter();
    expect(['b', '.', 'W'].map((key) => k.interpret(key))).toEqual([
      { kind: 'blank', colour: 'black' },
      { kind: 'blank', colour: 'black' },
      { kind: 'blank', colour: 'white' },
    ]);
  });

  it('searches on G, shows help on ?, and toggles bilingual, full screen and the presenter view', () => {
    expect(kinds(['g', '?', 'd', 'f', 'p'])).toEqual(['search', 'help', 'bilingual', 'fullscreen', 'presenter']);
  });

  it('uses Backspace to return from a detour unless it is deleting typed digits', () => {
    const k = new KeyInterpreter();
    k.interpret('4');
    expect(k.interpret('Backspace')).toEqual({ kind: 'typing', digits: '' });
    expect(k.interpret('Backspace')).toEqual({ kind: 'return' });
  });

  it('opens search on Ctrl+F and Cmd+F but leaves other shortcuts to the menu', () => {
    let listener: ((e: KeyPress) => void) | undefined;
    const acted: string[] = [];
    listenForKeys({ addEventListener: (_t, l) => (listener = l), removeEventListener: () => {} }, (a) => acted.push(a.kind));
    const press = (key: string, mods: Partial<KeyPress>) =>
      listener?.({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, preventDefault: () => {}, ...mods });
    press('f', { ctrlKey: true });
    press('F', { metaKey: true });
    press('o', { ctrlKey: true });
    press('ArrowRight', { altKey: true });
    expect(acted).toEqual(['search', 'search']);
  });

  it('leaves Space on a focused button to the button', () => {
    let listener: ((e: KeyPress) => void) | undefined;
    const acted: string[] = [];
    listenForKeys({ addEventListener: (_t, l) => (listener = l), removeEventListener: () => {} }, (a) => acted.push(a.kind));
    const press = (key: string, tagName: string) =>
      listener?.({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName }, preventDefault: () => {} });
    press(' ', 'BUTTON');
    press(' ', 'BODY');
    expect(acted).toEqual(['next']);
  });

  it("starts the show on F5 from the beginning and on Shift+F5 from here, as a clicker's start button asks", () => {
    let listener: ((e: KeyPress) => void) | undefined;
    const acted: unknown[] = [];
    listenForKeys({ addEventListener: (_t, l) => (listener = l), removeEventListener: () => {} }, (a) => acted.push(a));
    const press = (shiftKey: boolean) =>
      listener?.({ key: 'F5', shiftKey, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, preventDefault: () => {} });
    press(false);
    press(true);
    expect(acted).toEqual([{ kind: 'start', from: 'beginning' }, { kind: 'start', from: 'current' }]);
  });
});
