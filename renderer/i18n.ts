// Interface strings (not briefing text) in every language the app speaks.
import type { Lang } from '../main/model/schema';
import type { ExportFormat, ExportLang, ExportLayout, Paper } from '../main/model/export-options';

export const STRINGS = {
  agenda: { en: 'Agenda', es: 'Orden del día' },
  slides: { en: '{n} slides', es: '{n} diapositivas' },
  oneSlide: { en: '1 slide', es: '1 diapositiva' },
  exportPdf: { en: 'Export PDF', es: 'Exportar PDF' },
  openBriefing: { en: 'Open briefing…', es: 'Abrir presentación…' },
  backTo: { en: 'Back to {name}', es: 'Volver a {name}' },
  back: { en: 'Agenda', es: 'Orden del día' },
  previous: { en: 'Previous', es: 'Anterior' },
  next: { en: 'Next', es: 'Siguiente' },
  loading: { en: 'Loading briefing…', es: 'Cargando la presentación…' },
  invalidTitle: { en: 'This briefing cannot be shown', es: 'No se puede mostrar esta presentación' },
  invalidLead: {
    en: 'Fix these problems in {name} and open it again:',
    es: 'Corrija estos problemas en {name} y vuelva a abrirla:',
  },
  warnings: { en: 'Warnings', es: 'Advertencias' },
  loadFailed: { en: 'The briefing could not be loaded: {message}', es: 'No se pudo cargar la presentación: {message}' },
  source: { en: 'Source', es: 'Fuente' },
  imageMissing: { en: 'Image unavailable: {message}', es: 'Imagen no disponible: {message}' },
  keysHelp: {
    en: '→ next · ← previous · Esc overview · G search · P presenter view · ? all shortcuts',
    es: '→ siguiente · ← anterior · Esc vista general · G buscar · P vista del presentador · ? todos los atajos',
  },
  dropHere: { en: 'Drop a briefing folder or .yaml file to open it', es: 'Suelte aquí la carpeta de una presentación o un archivo .yaml para abrirla' },
  dropHint: {
    en: 'Drop a briefing folder or its briefing.yaml file to open it.',
    es: 'Suelte la carpeta de una presentación o su archivo briefing.yaml para abrirla.',
  },
  shortcuts: { en: 'Keyboard shortcuts', es: 'Atajos de teclado' },
  closeHint: { en: 'Arrow and page keys scroll; any other key closes', es: 'Flechas y Av Pág / Re Pág: desplazarse; cualquier otra tecla: cerrar' },
  reloadFailed: { en: '{name} was saved with errors', es: '{name} se guardó con errores' },
  reloadLead: {
    en: 'Still showing the last good version. Fix these and save again:',
    es: 'Se sigue mostrando la última versión válida. Corrija lo siguiente y vuelva a guardar:',
  },
  backupSlide: { en: 'Backup slide', es: 'Diapositiva de reserva' },
  slideOfRun: { en: 'Slide {n} of {m}', es: 'Diapositiva {n} de {m}' },
  announce: { en: '{position}, {topic}: {title}', es: '{position}, {topic}: {title}' },
  returnHint: { en: 'Backspace: back to slide {n}', es: 'Retroceso: volver a la diapositiva {n}' },
  recent: { en: 'Recent briefings', es: 'Presentaciones recientes' },
  presenterView: { en: 'Presenter view', es: 'Vista del presentador' },
  bilingual: { en: 'Both languages', es: 'Ambos idiomas' },
  run: { en: "Today's run", es: 'Selección de hoy' },
  tailor: { en: 'Choose topics…', es: 'Elegir temas…' },
  allTopics: { en: 'All topics', es: 'Todos los temas' },
  saveRun: { en: 'Save as', es: 'Guardar selección' },
  runName: { en: 'Name of this run', es: 'Nombre de esta selección' },
  done: { en: 'Done', es: 'Listo' },
  moveUp: { en: 'Move {name} up', es: 'Subir {name}' },
  moveDown: { en: 'Move {name} down', es: 'Bajar {name}' },
  include: { en: 'Include {name}', es: 'Incluir {name}' },
  deleteRun: { en: 'Delete run {name}', es: 'Eliminar la selección {name}' },
  jumpTo: { en: 'Go to slide {n}', es: 'Ir a la diapositiva {n}' },
  languageName: { en: 'English', es: 'Español' },
  exportTitle: { en: 'Export PDF', es: 'Exportar PDF' },
  exportLayout: { en: 'Layout', es: 'Formato' },
  exportLanguage: { en: 'Language', es: 'Idioma' },
  exportPaper: { en: 'Paper', es: 'Papel' },
  exportStartTime: { en: 'Start time (24-hour, e.g. 14:30)', es: 'Hora de inicio (24 horas, p. ej. 14:30)' },
  exportStartBad: { en: 'Write the start as HH:MM, e.g. 14:30; until then the times run from 0:00.', es: 'Escriba la hora de inicio como HH:MM, p. ej. 14:30; mientras tanto, las horas se cuentan desde 0:00.' },
  exportPaperNone: { en: 'Slide pages are 16:9; paper applies to handouts.', es: 'Las páginas de diapositivas son de 16:9; el tamaño de papel solo se aplica al material impreso.' },
  exportContents: { en: 'Contents', es: 'Contenido' },
  exportBackup: { en: 'Include backup slides', es: 'Incluir diapositivas de reserva' },
  exportNotes: { en: 'Speaker notes', es: 'Notas del presentador' },
  exportNotesAlways: { en: 'Always part of this layout.', es: 'Siempre forman parte de este formato.' },
  exportNotesNone: { en: 'Not on this layout: it is for the audience.', es: 'No se incluyen en este formato: es para el público.' },
  exportNotesWarn: { en: 'For the presenter only: do not hand this copy out.', es: 'Solo para el presentador: no reparta esta copia.' },
  exportTopics: { en: 'Topics', es: 'Temas' },
  exportAllTopics: { en: 'All', es: 'Todos' },
  exportRunTopics: { en: "Today's run", es: 'Selección de hoy' },
  exportNoTopics: { en: 'Choose at least one topic.', es: 'Elija al menos un tema.' },
  exportPages: { en: '{n} pages', es: '{n} páginas' },
  exportOnePage: { en: '1 page', es: '1 página' },
  exportCounting: { en: 'Counting pages…', es: 'Contando páginas…' },
  exportStart: { en: 'Export…', es: 'Exportar…' },
  exportClose: { en: 'Close', es: 'Cerrar' },
  exportCancel: { en: 'Cancel', es: 'Cancelar' },
  exportCancelling: { en: 'Cancelling…', es: 'Cancelando…' },
  exportProgress: { en: 'Page {done} of {total}', es: 'Página {done} de {total}' },
  exportWaiting: { en: 'Choose where to save the PDF…', es: 'Elija dónde guardar el PDF…' },
  exportDone: { en: 'PDF saved · {pages}', es: 'PDF guardado · {pages}' },
  exportWarnings: { en: 'Check before you hand it out ({n}):', es: 'Revíselo antes de repartirlo ({n}):' },
  exportOpen: { en: 'Open PDF', es: 'Abrir PDF' },
  exportShow: { en: 'Show in folder', es: 'Mostrar en la carpeta' },
  exportAnother: { en: 'Export another…', es: 'Exportar otro…' },
  exportFailedTitle: { en: 'The PDF was not saved', es: 'No se guardó el PDF' },
  exportCancelled: { en: 'Export cancelled; no file was written.', es: 'Exportación cancelada; no se guardó ningún archivo.' },
  exportBack: { en: 'Back to the options', es: 'Volver a las opciones' },
  // Planned times and time slots (the "Choose topics" editor and the agenda).
  runSlot: { en: 'Time slot', es: 'Tiempo disponible' },
  runSlotUnit: { en: 'min', es: 'min' },
  runSlotHint: { en: 'Minutes you have; leave empty to follow the plan', es: 'Minutos con los que cuenta; déjelo vacío para seguir lo planeado' },
  runPlanned: { en: 'Planned: {time}', es: 'Planeado: {time}' },
  runRehearsed: { en: 'rehearsed {time}', es: 'ensayado {time}' },
  runRehearsedTotal: { en: 'Last rehearsal: {time}', es: 'Último ensayo: {time}' },
  runNoPlan: { en: 'no planned time', es: 'sin tiempo planeado' },
  runFits: { en: 'Fits in {slot}, with {time} to spare', es: 'Cabe en {slot} y sobran {time}' },
  runFitsExactly: { en: 'Fits {slot} exactly', es: 'Ocupa exactamente {slot}' },
  runOver: { en: '{time} over the {slot} slot', es: 'Excede en {time} los {slot} disponibles' },
  runPartlyPlanned: { en: 'Some topics have no planned time', es: 'Algunos temas no tienen tiempo planeado' },
  topicOver: { en: '{time} over', es: 'excede en {time}' },
  topicOut: { en: 'does not fit', es: 'no cabe' },
  exportFormat: { en: 'Format', es: 'Formato' },
  close: { en: 'Close', es: 'Cerrar' },
  // Where a slide is: one deck-wide number everywhere, the topic's own count as a secondary label.
  slidePlace: { en: 'Slide {n} of {m} · Topic {topic}, {k} of {j}', es: 'Diapositiva {n} de {m} · Tema {topic}, {k} de {j}' },
  topicPlace: { en: 'Topic {topic}, {k} of {j}', es: 'Tema {topic}, {k} de {j}' },
  backupPlace: { en: 'Backup slide · Topic {topic}', es: 'Diapositiva de reserva · Tema {topic}' },
  slideRange: { en: 'Slides {a}–{b}', es: 'Diapositivas {a}–{b}' },
  slideNumber: { en: 'Slide {n}', es: 'Diapositiva {n}' },
  slideControls: { en: 'Slide controls', es: 'Controles de la presentación' },
  slideWord: { en: 'Slide', es: 'Diapositiva' },
  backupTag: { en: 'Backup', es: 'Reserva' },
  keyChoose: { en: 'choose', es: 'elegir' },
  keyGo: { en: 'go to slide', es: 'ir a la diapositiva' },
  keyClose: { en: 'close', es: 'cerrar' },
  // The overview (Esc) and the search dialog (G).
  overviewLabel: { en: 'Overview', es: 'Vista general' },
  searchLabel: { en: 'Find a slide', es: 'Buscar una diapositiva' },
  searchPlaceholder: { en: 'Slide number or words…', es: 'Número de diapositiva o palabras…' },
  searchEmpty: { en: 'No slides match', es: 'No hay diapositivas que coincidan' },
  searchHint: {
    en: 'Type a slide number, or words from a slide or its notes, in English or Spanish.',
    es: 'Escriba un número de diapositiva o palabras de una diapositiva o de sus notas, en español o en inglés.',
  },
  searchInNotes: { en: 'notes', es: 'notas' },
  searchInTopic: { en: 'topic', es: 'tema' },
  // The presenter view (in the notes language).
  nowShowing: { en: 'Now showing', es: 'En pantalla' },
  upNext: { en: 'Next', es: 'Siguiente' },
  endOfBriefing: { en: 'End of the briefing', es: 'Fin de la presentación' },
  audienceAgenda: { en: 'The audience sees the agenda', es: 'El público ve el orden del día' },
  noNotes: { en: 'No notes for this slide.', es: 'Esta diapositiva no tiene notas.' },
  timerPause: { en: 'Pause', es: 'Pausar' },
  timerResume: { en: 'Resume', es: 'Reanudar' },
  timerReset: { en: 'Reset', es: 'Reiniciar' },
  timerElapsed: { en: 'Elapsed', es: 'Transcurrido' },
  timerRemaining: { en: 'Remaining', es: 'Restante' },
  timerClock: { en: 'Time', es: 'Hora' },
  timerPaused: { en: 'paused', es: 'en pausa' },
  countDown: { en: 'Count down', es: 'Cuenta regresiva' },
  countUp: { en: 'Count up', es: 'Cronómetro' },
  audienceLang: { en: 'Audience', es: 'Público' },
  notesLang: { en: 'Notes', es: 'Notas' },
  blankBlack: { en: 'Audience screen is BLACK — press B', es: 'Pantalla del público en NEGRO — presione B' },
  blankWhite: { en: 'Audience screen is WHITE — press W', es: 'Pantalla del público en BLANCO — presione W' },
  paceOnTime: { en: 'On time', es: 'A tiempo' },
  paceAhead: { en: '{t} ahead', es: 'Adelantado {t}' },
  paceBehind: { en: '{t} behind', es: 'Atrasado {t}' },
  paceOver: { en: 'Over time by {t}', es: 'Tiempo excedido en {t}' },
  paceUnplanned: { en: 'No planned times', es: 'Sin tiempos planeados' },
  talkLeft: { en: 'Talk: {t} left of {total}', es: 'Exposición: quedan {t} de {total}' },
  talkOver: { en: 'Talk: {t} over {total}', es: 'Exposición: {t} por encima de {total}' },
  topicLeft: { en: 'Topic: {t} left of {total}', es: 'Tema: quedan {t} de {total}' },
  topicOverBy: { en: 'Topic: {t} over {total}', es: 'Tema: {t} por encima de {total}' },
  rehearse: { en: 'Rehearse', es: 'Ensayar' },
  rehearseFinish: { en: 'Finish rehearsal', es: 'Terminar ensayo' },
  rehearseDiscard: { en: 'Discard', es: 'Descartar' },
  rehearsing: { en: 'Rehearsing: the time on each slide is being recorded', es: 'Ensayo en curso: se registra el tiempo de cada diapositiva' },
  lastRehearsal: { en: 'Last rehearsal', es: 'Último ensayo' },
  // Rehearsal results.
  rehearsalTitle: { en: 'Rehearsal results', es: 'Resultados del ensayo' },
  rehearsalTopic: { en: 'Topic', es: 'Tema' },
  rehearsalPlanned: { en: 'Planned', es: 'Planeado' },
  rehearsalThis: { en: 'This rehearsal', es: 'Este ensayo' },
  rehearsalBefore: { en: 'Rehearsal before', es: 'Ensayo anterior' },
  rehearsalChange: { en: 'Change', es: 'Diferencia' },
  rehearsalTotal: { en: 'Total', es: 'Total' },
  rehearsalFaster: { en: '{t} faster', es: '{t} más rápido' },
  rehearsalSlower: { en: '{t} slower', es: '{t} más lento' },
  rehearsalSame: { en: 'same', es: 'igual' },
  rehearsalOverPlan: { en: '{t} over plan', es: '{t} más de lo planeado' },
  rehearsalNotShown: { en: 'not rehearsed', es: 'sin ensayar' },
  rehearsalWhen: { en: 'Recorded {when}', es: 'Registrado el {when}' },
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

/** What each PDF layout is called and what it is for; typed by the layout list, so a new layout needs its words here. */
export const EXPORT_LAYOUT_TEXT: Record<ExportLayout, Record<Lang, { name: string; hint: string }>> = {
  slides: { en: { name: 'Slides', hint: 'One 16:9 page per slide' }, es: { name: 'Diapositivas', hint: 'Una página 16:9 por diapositiva' } },
  'handout-1': { en: { name: 'Handout · 1', hint: 'One large slide per page' }, es: { name: 'Impreso · 1', hint: 'Una diapositiva grande por página' } },
  'handout-2': { en: { name: 'Handout · 2', hint: 'Two slides per page' }, es: { name: 'Impreso · 2', hint: 'Dos diapositivas por página' } },
  'handout-3': { en: { name: 'Handout · 3', hint: 'Three slides with lines for notes' }, es: { name: 'Impreso · 3', hint: 'Tres diapositivas con líneas para notas' } },
  'handout-6': { en: { name: 'Handout · 6', hint: 'Six slides per page' }, es: { name: 'Impreso · 6', hint: 'Seis diapositivas por página' } },
  notes: { en: { name: 'Notes', hint: "The presenter's script" }, es: { name: 'Notas', hint: 'El guion del presentador' } },
  brief: { en: { name: 'Read-ahead', hint: 'A document, not slides' }, es: { name: 'Lectura previa', hint: 'Un documento, no diapositivas' } },
  'run-sheet': { en: { name: 'Run sheet', hint: 'One page: topics, times, backups' }, es: { name: 'Guion de tiempos', hint: 'Una página: temas, horas, reserva' } },
};

/** The export language choices: a language by its own name, `both` as a bilingual handout. */
export const EXPORT_LANG_TEXT: Record<ExportLang, Record<Lang, string>> = {
  en: { en: 'English', es: 'English' },
  es: { en: 'Español', es: 'Español' },
  both: { en: 'Both', es: 'Ambos' },
};

export const PAPER_TEXT: Record<Paper, Record<Lang, string>> = {
  letter: { en: 'Letter', es: 'Carta' },
  a4: { en: 'A4', es: 'A4' },
};

/** "1 page" / "21 pages" in `lang`. */
export function pageCount(n: number, lang: Lang): string {
  return n === 1 ? t('exportOnePage', lang) : t('exportPages', lang, { n });
}

/** The export formats (issue 16): what each file is and what it is for. */
export const EXPORT_FORMAT_TEXT: Record<ExportFormat, Record<Lang, { name: string; hint: string }>> = {
  pdf: { en: { name: 'PDF', hint: 'Slides, handouts, notes, read-ahead' }, es: { name: 'PDF', hint: 'Diapositivas, impresos, notas, documento de lectura previa' } },
  pptx: { en: { name: 'PowerPoint', hint: 'Editable slides; backup slides hidden' }, es: { name: 'PowerPoint', hint: 'Diapositivas editables; las de reserva ocultas' } },
  html: { en: { name: 'Web page', hint: 'Presents in any browser, offline' }, es: { name: 'Página web', hint: 'Se presenta en cualquier navegador, sin conexión' } },
};
