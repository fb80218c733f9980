// Keys a presenter (or a clicker) presses, and what each asks the presentation to do.
import { describe, expect, it } from 'vitest';
import { boundAction, KEY_TABLE, KeyInterpreter, listenForKeys, type KeyPress, type KeySource } from '../../../renderer/keyboard';
import { capName, SHORTCUTS } from '../../../renderer/shortcuts';
import { listenForExportKey } from '../../../renderer/export/export-key';

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

/** Every key a keyboard or clicker can send that could plausibly mean something: printable ASCII and named keys. */
const CANDIDATE_KEYS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Escape', 'Enter'],
  ...['Backspace', 'Tab', 'Delete', 'Insert', 'ContextMenu', 'MediaPlayPause', 'AudioVolumeUp'],
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
];

describe('the key table', () => {
  const onCard = new Set(SHORTCUTS.flatMap((s) => s.keys));

  it('answers a key only when the ? card lists it', () => {
    for (const key of CANDIDATE_KEYS) {
      for (const shift of [false, true]) {
        const bound = boundAction(key, shift);
        if (!bound) continue;
        const binding = KEY_TABLE.flatMap((b) => b.presses).find(
          (p) => p.key === (key.length === 1 ? key.toLowerCase() : key) && !p.command && p.does === bound,
        );
        expect(binding, `${shift ? 'Shift+' : ''}${JSON.stringify(key)}`).toBeDefined();
        if (binding) expect(onCard.has(capName(binding)), capName(binding)).toBe(true);
      }
    }
  });

  it('lists on the card only keys the interpreter answers, each doing what its line says', () => {
    for (const press of KEY_TABLE.flatMap((b) => b.presses)) {
      expect(boundAction(press.key, press.shift ?? false, press.command ?? false)).toEqual(press.does);
    }
    expect(SHORTCUTS.flatMap((s) => s.keys).sort()).toEqual([...new Set(KEY_TABLE.flatMap((b) => b.presses.map(capName)))].sort());
  });

  it('binds each press to one action only', () => {
    const ids = KEY_TABLE.flatMap((b) => b.presses.map((p) => `${p.command ? 'cmd+' : ''}${p.shift ? 'shift+' : ''}${p.key}`));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says what every line does in English and in Spanish', () => {
    for (const line of KEY_TABLE) {
      expect(line.does.en.trim()).not.toBe('');
      expect(line.does.es.trim()).not.toBe('');
    }
  });
});

describe('the Export key', () => {
  function keySource() {
    const listeners: ((e: KeyPress) => void)[] = [];
    const source: KeySource = { addEventListener: (_t, l) => listeners.push(l), removeEventListener: () => {} };
    const press = (key: string, extra: Partial<KeyPress> = {}) => {
      let prevented = false;
      const event: KeyPress = {
        key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' },
        preventDefault: () => (prevented = true), ...extra,
      };
      for (const l of listeners) l({ ...event, defaultPrevented: prevented || extra.defaultPrevented });
      return prevented;
    };
    return { source, press };
  }

  it('opens the dialog on E or e when the window is free, and is not an action of the presentation', () => {
    const { source, press } = keySource();
    const acted: string[] = [];
    let opened = 0;
    listenForKeys(source, (a) => acted.push(a.kind));
    listenForExportKey(source, () => (opened += 1), () => true);
    expect(press('e')).toBe(true);
    expect(press('E', { shiftKey: true })).toBe(true);
    expect(opened).toBe(2);
    expect(acted).toEqual([]);
  });

  it('leaves E alone while typing, with a modifier, when a dialog took it, or when the window is busy', () => {
    const { source, press } = keySource();
    let opened = 0;
    let free = true;
    listenForExportKey(source, () => (opened += 1), () => free);
    press('e', { target: { tagName: 'INPUT' } });
    press('e', { ctrlKey: true });
    press('e', { altKey: true });
    press('e', { defaultPrevented: true });
    free = false;
    expect(press('e')).toBe(false);
    expect(opened).toBe(0);
  });
});
