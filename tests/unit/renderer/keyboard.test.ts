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

  it('returns to the agenda on Escape or A, and switches language on L', () => {
    expect(kinds(['Escape', 'a', 'A', 'l', 'L'])).toEqual(['agenda', 'agenda', 'agenda', 'toggle-language', 'toggle-language']);
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
});
