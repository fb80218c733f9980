// Makes it possible to present from the keyboard or a clicker: stepping, jumping, overview, search, blanking the
// screen, language and bilingual mode. `shortcuts.ts` lists the same keys for the help overlay.

/** What a key press asks the presentation to do. */
export type KeyAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'jump'; n: number }
  | { kind: 'agenda' }
  | { kind: 'overview' }
  | { kind: 'search' }
  | { kind: 'help' }
  | { kind: 'blank'; colour: 'black' | 'white' }
  | { kind: 'bilingual' }
  | { kind: 'fullscreen' }
  | { kind: 'presenter' }
  | { kind: 'return' }
  | { kind: 'toggle-language' }
  /** F5 / Shift+F5, as in PowerPoint (clickers send them from their "start show" button). */
  | { kind: 'start'; from: 'beginning' | 'current' }
  | { kind: 'typing'; digits: string };

/** Turns key presses into actions; remembers the digits typed before Enter. */
export class KeyInterpreter {
  private digits = '';

  /** The action for `key` (a KeyboardEvent.key, with Shift held or not), or null when the key means nothing here. */
  interpret(key: string, shift = false): KeyAction | null {
    if (/^[0-9]$/.test(key)) {
      this.digits = (this.digits + key).slice(-4);
      return { kind: 'typing', digits: this.digits };
    }
    if (key === 'Enter' && this.digits !== '') {
      const n = Number.parseInt(this.digits, 10);
      this.digits = '';
      return { kind: 'jump', n };
    }
    if (key === 'Backspace' && this.digits !== '') {
      this.digits = this.digits.slice(0, -1);
      return { kind: 'typing', digits: this.digits };
    }
    this.digits = '';
    switch (key.length === 1 ? key.toLowerCase() : key) {
      case 'ArrowRight':
      case ' ':
      case 'PageDown':
        return { kind: 'next' };
      case 'ArrowLeft':
      case 'PageUp':
        return { kind: 'previous' };
      case 'Home':
        return { kind: 'first' };
      case 'End':
        return { kind: 'last' };
      case 'Escape':
      case 'o':
        return { kind: 'overview' };
      case 'a':
        return { kind: 'agenda' };
      case 'g':
        return { kind: 'search' };
      case '?':
        return { kind: 'help' };
      // Clickers send "b" or "." for their blank-screen button.
      case 'b':
      case '.':
        return { kind: 'blank', colour: 'black' };
      case 'w':
        return { kind: 'blank', colour: 'white' };
      case 'd':
        return { kind: 'bilingual' };
      case 'f':
        return { kind: 'fullscreen' };
      case 'p':
        return { kind: 'presenter' };
      case 'Backspace':
        return { kind: 'return' };
      case 'l':
        return { kind: 'toggle-language' };
      case 'F5':
        return { kind: 'start', from: shift ? 'current' : 'beginning' };
      default:
        return null;
    }
  }
}

/** The parts of a keydown event this module reads; kept structural so the module needs no DOM types (unit-testable). */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Set when an open dialog (overview, search) already handled the key. */
  defaultPrevented?: boolean;
  target: unknown;
  preventDefault(): void;
}

/** Anything keydown events can be listened on: the window in the app, a stub in tests. */
export interface KeySource {
  addEventListener(type: 'keydown', listener: (event: KeyPress) => void): void;
  removeEventListener(type: 'keydown', listener: (event: KeyPress) => void): void;
}

function tagOf(target: unknown): string {
  if (typeof target !== 'object' || target === null || !('tagName' in target)) return '';
  return String(target.tagName).toUpperCase();
}

/** Listens for keys on `source` and hands each action to `act`; returns the function that stops listening. */
export function listenForKeys(source: KeySource, act: (action: KeyAction) => void): () => void {
  const interpreter = new KeyInterpreter();
  const onKey = (event: KeyPress) => {
    if (event.defaultPrevented) return;
    const tag = tagOf(event.target);
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault(); // the browser's find bar would search only the slide on screen
      act({ kind: 'search' });
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return; // leave other shortcuts to the menu
    // Space/Enter on a focused button should not both click it and move the slide.
    if (tag === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
    const action = interpreter.interpret(event.key, event.shiftKey ?? false);
    if (!action) return;
    event.preventDefault();
    act(action);
  };
  source.addEventListener('keydown', onKey);
  return () => source.removeEventListener('keydown', onKey);
}
