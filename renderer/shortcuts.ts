// The `?` card's lines: every key in `keyboard.ts`'s KEY_TABLE, named as keycaps print it, in the card's language.
import type { Lang } from '../main/model/schema';
import { KEY_TABLE, type KeyPressBinding } from './keyboard';

export interface Shortcut {
  /** Key names as printed on English keycaps; `keyName` gives each in the card's language. */
  keys: string[];
  does: Record<Lang, string>;
}

/** Latin-American keycap and Microsoft es-MX names; Esc, Enter, Ctrl, F5 and letters read the same in Spanish. */
const SPANISH_KEY_NAMES: Record<string, string> = {
  Space: 'Espacio',
  PgDn: 'Av Pág',
  PgUp: 'Re Pág',
  Home: 'Inicio',
  End: 'Fin',
  'Shift F5': 'Mayús F5',
  Backspace: 'Retroceso',
};

/** A key's name as the card shows it in `lang` ("Backspace" is "Retroceso" in Spanish). */
export function keyName(key: string, lang: Lang): string {
  return lang === 'es' ? (SPANISH_KEY_NAMES[key] ?? key) : key;
}

/** The keycap a press is printed as on the English card: "→" for ArrowRight, "Shift F5", "Ctrl/⌘ F", "1–9" for any digit. */
export function capName(press: KeyPressBinding): string {
  if (press.does.kind === 'digit') return '1–9';
  const key = CAPS[press.key] ?? (press.key.length === 1 ? press.key.toUpperCase() : press.key);
  return `${press.command ? 'Ctrl/⌘ ' : ''}${press.shift ? 'Shift ' : ''}${key}`;
}

const CAPS: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', ' ': 'Space', PageDown: 'PgDn', PageUp: 'PgUp', Escape: 'Esc' };

/** The card's lines, read from the key table: each line's keycaps once, in the table's order. */
export const SHORTCUTS: Shortcut[] = KEY_TABLE.map((binding) => ({
  keys: [...new Set(binding.presses.map(capName))],
  does: binding.does,
}));
