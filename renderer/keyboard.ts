// Makes it possible to present from the keyboard or a clicker: stepping, jumping, overview, search, blanking the
// screen, language and bilingual mode. `KEY_TABLE` is the one list of keys: this file interprets it, the `?` card
// (`shortcuts.ts`) prints it and the Export key (`export/export-key.ts`) listens for its `export` line.
import type { Lang } from '../main/model/schema';
import type { ShowAction } from '../main/model/navigate';

/** What a key press asks the presentation to do: a move of the show (`step` decides it), or something the window does itself. */
export type KeyAction =
  | Extract<ShowAction, { kind: 'next' | 'previous' | 'first' | 'last' | 'jump' | 'agenda' | 'blank' | 'bilingual' | 'return' | 'toggle-language' | 'start' }>
  | { kind: 'overview' }
  | { kind: 'search' }
  | { kind: 'help' }
  | { kind: 'fullscreen' }
  | { kind: 'presenter' }
  /** E: the Export dialog, which the window opens only when nothing else has the keyboard (`export/export-key.ts`). */
  | { kind: 'export' }
  | { kind: 'typing'; digits: string };

/** What a bound press does: an action, or a step in typing a slide number (digits, then Enter). */
export type BoundAction = Exclude<KeyAction, { kind: 'jump' } | { kind: 'typing' }> | { kind: 'digit' } | { kind: 'enter-number' };

/** One press: a KeyboardEvent.key (letters lower-case), with Shift or Ctrl/⌘ held when the binding needs them. */
export interface KeyPressBinding {
  key: string;
  shift?: true;
  /** Ctrl on Windows and Linux, ⌘ on a Mac. */
  command?: true;
  does: BoundAction;
}

/** One line of the `?` card: the presses it lists and what they do, in both languages. */
export interface KeyBinding {
  presses: KeyPressBinding[];
  does: Record<Lang, string>;
}

const press = (key: string, does: BoundAction, mods: { shift?: true; command?: true } = {}): KeyPressBinding => ({ key, does, ...mods });
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Every key Puente answers, in the order the `?` card lists them. */
export const KEY_TABLE: readonly KeyBinding[] = [
  {
    presses: [press('ArrowRight', { kind: 'next' }), press(' ', { kind: 'next' }), press('PageDown', { kind: 'next' })],
    does: { en: 'Next slide', es: 'Diapositiva siguiente' },
  },
  {
    presses: [press('ArrowLeft', { kind: 'previous' }), press('PageUp', { kind: 'previous' })],
    does: { en: 'Previous slide', es: 'Diapositiva anterior' },
  },
  {
    presses: [press('Home', { kind: 'first' }), press('End', { kind: 'last' })],
    does: { en: 'First / last slide of the topic', es: 'Primera / última diapositiva del tema' },
  },
  {
    presses: [press('F5', { kind: 'start', from: 'beginning' }), press('F5', { kind: 'start', from: 'current' }, { shift: true })],
    does: { en: 'Start from the beginning / from here', es: 'Empezar desde el principio / desde aquí' },
  },
  {
    presses: [...DIGITS.map((d) => press(d, { kind: 'digit' })), press('Enter', { kind: 'enter-number' })],
    does: { en: 'Go to slide n of the briefing', es: 'Ir a la diapositiva n de la presentación' },
  },
  {
    presses: [press('Escape', { kind: 'overview' }), press('o', { kind: 'overview' })],
    does: { en: 'Overview of every slide', es: 'Vista general de todas las diapositivas' },
  },
  {
    // Ctrl/⌘ F too: the browser's find bar would search only the slide on screen.
    presses: [press('g', { kind: 'search' }), press('f', { kind: 'search' }, { command: true })],
    does: { en: 'Jump to a slide or search', es: 'Saltar a una diapositiva o buscar' },
  },
  {
    presses: [press('Backspace', { kind: 'return' })],
    does: { en: 'Back from a backup slide', es: 'Volver de una diapositiva de reserva' },
  },
  { presses: [press('a', { kind: 'agenda' })], does: { en: 'Agenda', es: 'Orden del día' } },
  {
    // Clickers send "b" or "." for their blank-screen button.
    presses: [press('b', { kind: 'blank', colour: 'black' }), press('.', { kind: 'blank', colour: 'black' })],
    does: { en: 'Black screen', es: 'Pantalla negra' },
  },
  { presses: [press('w', { kind: 'blank', colour: 'white' })], does: { en: 'White screen', es: 'Pantalla blanca' } },
  { presses: [press('l', { kind: 'toggle-language' })], does: { en: 'Switch language', es: 'Cambiar idioma' } },
  { presses: [press('d', { kind: 'bilingual' })], does: { en: 'Both languages on each slide', es: 'Ambos idiomas en cada diapositiva' } },
  { presses: [press('p', { kind: 'presenter' })], does: { en: 'Presenter view', es: 'Vista del presentador' } },
  { presses: [press('f', { kind: 'fullscreen' })], does: { en: 'Full screen', es: 'Pantalla completa' } },
  { presses: [press('e', { kind: 'export' })], does: { en: 'Export PDF…', es: 'Exportar PDF…' } },
  { presses: [press('?', { kind: 'help' })], does: { en: 'This list', es: 'Esta lista' } },
];

const pressId = (key: string, shift: boolean, command: boolean) => `${command ? 'cmd+' : ''}${shift ? 'shift+' : ''}${key}`;
const BY_PRESS = new Map(KEY_TABLE.flatMap((b) => b.presses.map((p) => [pressId(p.key, !!p.shift, !!p.command), p.does] as const)));

/**
 * What the table binds to a press, or null. `key` is a KeyboardEvent.key; a single character is matched lower-case
 * (so O and o are one key), and Shift counts only where a binding asks for it (Shift+F5; "?" needs Shift anyway).
 */
export function boundAction(key: string, shift = false, command = false): BoundAction | null {
  const k = key.length === 1 ? key.toLowerCase() : key;
  return (shift ? BY_PRESS.get(pressId(k, true, command)) : undefined) ?? BY_PRESS.get(pressId(k, false, command)) ?? null;
}

/** Turns key presses into actions; remembers the digits typed before Enter. */
export class KeyInterpreter {
  private digits = '';

  /** The action for `key` (a KeyboardEvent.key, with Shift held or not), or null when the key means nothing here. */
  interpret(key: string, shift = false): KeyAction | null {
    const bound = boundAction(key, shift);
    if (bound?.kind === 'digit') {
      this.digits = (this.digits + key).slice(-4);
      return { kind: 'typing', digits: this.digits };
    }
    // While a number is being typed, Enter ends it and Backspace corrects it.
    if (bound?.kind === 'enter-number' && this.digits !== '') {
      const n = Number.parseInt(this.digits, 10);
      this.digits = '';
      return { kind: 'jump', n };
    }
    if (bound?.kind === 'return' && this.digits !== '') {
      this.digits = this.digits.slice(0, -1);
      return { kind: 'typing', digits: this.digits };
    }
    this.digits = '';
    return bound === null || bound.kind === 'enter-number' ? null : bound;
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

/**
 * Listens for keys on `source` and offers each action to `take`, which returns whether it took it (the key's default
 * is then prevented). Keys typed into a field, keys a dialog already handled, and menu shortcuts (Ctrl, ⌘, Alt) other
 * than the table's are left alone. Returns the function that stops listening.
 */
export function listenForActions(source: KeySource, take: (action: KeyAction) => boolean): () => void {
  const interpreter = new KeyInterpreter();
  const onKey = (event: KeyPress) => {
    if (event.defaultPrevented) return;
    const tag = tagOf(event.target);
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
    if (event.ctrlKey || event.metaKey) {
      const bound = event.altKey ? null : boundAction(event.key, false, true);
      if (bound && bound.kind !== 'digit' && bound.kind !== 'enter-number' && take(bound)) event.preventDefault();
      return; // leave other shortcuts to the menu
    }
    if (event.altKey) return;
    // Space/Enter on a focused button should not both click it and move the slide.
    if (tag === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
    const action = interpreter.interpret(event.key, event.shiftKey ?? false);
    if (action && take(action)) event.preventDefault();
  };
  source.addEventListener('keydown', onKey);
  return () => source.removeEventListener('keydown', onKey);
}

/** Listens for keys on `source` and hands each action to `act` but Export's, which `listenForExportKey` answers. */
export function listenForKeys(source: KeySource, act: (action: KeyAction) => void): () => void {
  return listenForActions(source, (action) => {
    if (action.kind === 'export') return false;
    act(action);
    return true;
  });
}
