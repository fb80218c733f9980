// Every key Puente answers, in both languages, for the `?` card; keyboard.ts is where the keys are interpreted.
import type { Lang } from '../main/model/schema';

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

export const SHORTCUTS: Shortcut[] = [
  { keys: ['→', 'Space', 'PgDn'], does: { en: 'Next slide', es: 'Diapositiva siguiente' } },
  { keys: ['←', 'PgUp'], does: { en: 'Previous slide', es: 'Diapositiva anterior' } },
  { keys: ['Home', 'End'], does: { en: 'First / last slide of the topic', es: 'Primera / última diapositiva del tema' } },
  { keys: ['F5', 'Shift F5'], does: { en: 'Start from the beginning / from here', es: 'Empezar desde el principio / desde aquí' } },
  { keys: ['1–9', 'Enter'], does: { en: 'Go to slide n of the briefing', es: 'Ir a la diapositiva n de la presentación' } },
  { keys: ['Esc', 'O'], does: { en: 'Overview of every slide', es: 'Vista general de todas las diapositivas' } },
  { keys: ['G', 'Ctrl/⌘ F'], does: { en: 'Jump to a slide or search', es: 'Saltar a una diapositiva o buscar' } },
  { keys: ['Backspace'], does: { en: 'Back from a backup slide', es: 'Volver de una diapositiva de reserva' } },
  { keys: ['A'], does: { en: 'Agenda', es: 'Orden del día' } },
  { keys: ['B', '.'], does: { en: 'Black screen', es: 'Pantalla negra' } },
  { keys: ['W'], does: { en: 'White screen', es: 'Pantalla blanca' } },
  { keys: ['L'], does: { en: 'Switch language', es: 'Cambiar idioma' } },
  { keys: ['D'], does: { en: 'Both languages on each slide', es: 'Ambos idiomas en cada diapositiva' } },
  { keys: ['P'], does: { en: 'Presenter view', es: 'Vista del presentador' } },
  { keys: ['F'], does: { en: 'Full screen', es: 'Pantalla completa' } },
  { keys: ['E'], does: { en: 'Export PDF…', es: 'Exportar PDF…' } },
  { keys: ['?'], does: { en: 'This list', es: 'Esta lista' } },
];
