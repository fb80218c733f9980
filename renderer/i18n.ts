// Interface strings (not briefing text) in every language the app speaks.
import type { Lang } from '../main/model/schema';

const STRINGS = {
  agenda: { en: 'Agenda', es: 'Orden del día' },
  slides: { en: '{n} slides', es: '{n} diapositivas' },
  oneSlide: { en: '1 slide', es: '1 diapositiva' },
  slideOf: { en: 'slide {n} of {m}', es: 'diapositiva {n} de {m}' },
  backup: { en: 'backup', es: 'reserva' },
  exportPdf: { en: 'Export PDF', es: 'Exportar PDF' },
  exporting: { en: 'Exporting…', es: 'Exportando…' },
  exported: { en: 'PDF saved: {path} ({pages} pages)', es: 'PDF guardado: {path} ({pages} páginas)' },
  exportFailed: { en: 'Export failed: {message}', es: 'No se pudo exportar: {message}' },
  openBriefing: { en: 'Open briefing…', es: 'Abrir sesión…' },
  backTo: { en: 'Back to {name}', es: 'Volver a {name}' },
  back: { en: 'Agenda', es: 'Orden del día' },
  previous: { en: 'Previous', es: 'Anterior' },
  next: { en: 'Next', es: 'Siguiente' },
  loading: { en: 'Loading briefing…', es: 'Cargando la sesión…' },
  invalidTitle: { en: 'This briefing cannot be shown', es: 'No se puede mostrar esta sesión' },
  invalidLead: {
    en: 'Fix these problems in {name} and open it again:',
    es: 'Corrija estos problemas en {name} y vuelva a abrirla:',
  },
  warnings: { en: 'Warnings', es: 'Advertencias' },
  loadFailed: { en: 'The briefing could not be loaded: {message}', es: 'No se pudo cargar la sesión: {message}' },
  source: { en: 'Source', es: 'Fuente' },
  sources: { en: 'Sources', es: 'Fuentes' },
  imageMissing: { en: 'Image unavailable: {message}', es: 'Imagen no disponible: {message}' },
  keysHelp: {
    en: '→ next · ← previous · number + Enter jumps · Esc agenda · L language',
    es: '→ siguiente · ← anterior · número + Intro salta · Esc orden del día · L idioma',
  },
  jumpTo: { en: 'Go to slide {n}', es: 'Ir a la diapositiva {n}' },
  languageName: { en: 'English', es: 'Español' },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof STRINGS;

/** The interface string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(key: UiKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** "1 slide" / "5 slides" in `lang`. */
export function slideCount(n: number, lang: Lang): string {
  return n === 1 ? t('oneSlide', lang) : t('slides', lang, { n });
}
