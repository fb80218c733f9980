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
    en: '→ next · ← previous · Esc overview · G search · P presenter view · ? all shortcuts',
    es: '→ siguiente · ← anterior · Esc vista general · G buscar · P vista del presentador · ? todos los atajos',
  },
  dropHere: { en: 'Drop a briefing folder or .yaml file to open it', es: 'Suelte una carpeta de sesión o un archivo .yaml para abrirlo' },
  dropHint: {
    en: 'Drop a briefing folder or its briefing.yaml file to open it.',
    es: 'Suelte una carpeta de sesión o su archivo briefing.yaml para abrirlo.',
  },
  shortcuts: { en: 'Keyboard shortcuts', es: 'Atajos de teclado' },
  closeHint: { en: 'Press any key to close', es: 'Pulse cualquier tecla para cerrar' },
  reloadFailed: { en: '{name} was saved with errors', es: '{name} se guardó con errores' },
  reloadLead: {
    en: 'Still showing the last good version. Fix these and save again:',
    es: 'Se sigue mostrando la última versión válida. Corrija esto y vuelva a guardar:',
  },
  backupSlide: { en: 'Backup slide', es: 'Diapositiva de reserva' },
  slideOfRun: { en: 'Slide {n} of {m}', es: 'Diapositiva {n} de {m}' },
  announce: { en: '{position}, {topic}: {title}', es: '{position}, {topic}: {title}' },
  returnHint: { en: 'Backspace returns to slide {n}', es: 'Retroceso vuelve a la diapositiva {n}' },
  recent: { en: 'Recent briefings', es: 'Sesiones recientes' },
  presenterView: { en: 'Presenter view', es: 'Vista del presentador' },
  bilingual: { en: 'Both languages', es: 'Ambos idiomas' },
  run: { en: "Today's run", es: 'Selección de hoy' },
  tailor: { en: 'Choose topics…', es: 'Elegir temas…' },
  allTopics: { en: 'All topics', es: 'Todos los temas' },
  saveRun: { en: 'Save as', es: 'Guardar como' },
  runName: { en: 'Name of this run', es: 'Nombre de esta selección' },
  done: { en: 'Done', es: 'Listo' },
  moveUp: { en: 'Move {name} up', es: 'Subir {name}' },
  moveDown: { en: 'Move {name} down', es: 'Bajar {name}' },
  include: { en: 'Include {name}', es: 'Incluir {name}' },
  deleteRun: { en: 'Delete run {name}', es: 'Borrar la selección {name}' },
  savedRuns: { en: 'Saved runs', es: 'Selecciones guardadas' },
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
