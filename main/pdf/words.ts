// The few words Puente itself prints in a PDF (headings, page numbers), in each language.
import type { ExportLayout } from '../model/export-options';
import type { Lang } from '../model/schema';
import type { Run } from './tagging';

export const WORDS = {
  en: { contents: 'Contents', sources: 'Sources', notes: 'Notes', page: (n: number, of: number) => `Page ${n} of ${of}`, onPage: (n: number) => `page ${n}`, figure: 'Figure', measure: 'Measure', source: 'Source', value: 'Value', item: 'Item', asOf: 'As of', backup: 'Backup', presenter: 'Presenter', date: 'Date', organization: 'Organization' },
  es: { contents: 'Índice', sources: 'Fuentes', notes: 'Notas', page: (n: number, of: number) => `Página ${n} de ${of}`, onPage: (n: number) => `página ${n}`, figure: 'Cifra', measure: 'Concepto', source: 'Fuente', value: 'Valor', item: 'Concepto', asOf: 'Datos al', backup: 'Reserva', presenter: 'Presenta', date: 'Fecha', organization: 'Organización' },
} as const satisfies Record<Lang, unknown>;

/** The run sheet's own words (issue 15): its table's header, its summary line and its list of backup slides. */
export const RUN_WORDS = {
  en: { runSheet: 'Run sheet', topic: 'Topic', planned: 'Planned', time: 'Time', start: 'Start', slot: 'Slot', total: 'Planned total', over: 'over the slot', unplanned: 'not planned', backups: 'Backup slides for questions', noBackups: 'No backup slides', more: (n: number) => `and ${n} more` },
  es: { runSheet: 'Guion de tiempos', topic: 'Tema', planned: 'Previsto', time: 'Hora', start: 'Inicio', slot: 'Tiempo asignado', total: 'Total previsto', over: 'por encima del tiempo asignado', unplanned: 'sin planificar', backups: 'Diapositivas de reserva para preguntas', noBackups: 'Sin diapositivas de reserva', more: (n: number) => `y ${n} más` },
} as const satisfies Record<Lang, unknown>;

/** "Contents" or, bilingual, "Contents / Contenido". */
export function label(key: 'contents' | 'sources' | 'notes', lang: Lang, lang2: Lang | undefined): string {
  return lang2 && lang2 !== lang ? `${WORDS[lang][key]} / ${WORDS[lang2][key]}` : WORDS[lang][key];
}

/** label() as runs, each word in its own language (for tagging: "Notes / " in English, "Notas" in Spanish). */
export function labelRuns(key: 'contents' | 'sources' | 'notes', lang: Lang, lang2: Lang | undefined, transform: (s: string) => string = (s) => s): Run[] {
  return lang2 && lang2 !== lang
    ? [{ text: `${transform(WORDS[lang][key])} / `, lang }, { text: transform(WORDS[lang2][key]), lang: lang2 }]
    : [{ text: transform(WORDS[lang][key]), lang }];
}

const KIND: Record<Lang, Record<ExportLayout, string>> = {
  en: { slides: 'Slides', 'handout-1': 'Handout, one slide per page', 'handout-2': 'Handout, two slides per page', 'handout-3': 'Handout, three slides per page', 'handout-6': 'Handout, six slides per page', notes: 'Speaker notes', brief: 'Read-ahead brief', 'run-sheet': 'Run sheet' },
  es: { slides: 'Diapositivas', 'handout-1': 'Impreso, una diapositiva por página', 'handout-2': 'Impreso, dos diapositivas por página', 'handout-3': 'Impreso, tres diapositivas por página', 'handout-6': 'Impreso, seis diapositivas por página', notes: 'Notas del presentador', brief: 'Documento de lectura previa', 'run-sheet': 'Guion de tiempos' },
};

/** What kind of document an export is, for its cover ("Handout, three slides per page"). */
export function documentKind(layout: ExportLayout, lang: Lang, notes: boolean): string {
  const withNotes = notes && layout !== 'notes' ? (lang === 'es' ? ', con notas' : ', with speaker notes') : layout === 'handout-3' ? (lang === 'es' ? ', con líneas para notas' : ', with lines for notes') : '';
  return `${KIND[lang][layout]}${withNotes}`;
}

/** "first / second" as runs, each in its language; the first alone when there is no different second wording. */
export function slashRuns(first: Run, second: Run | undefined): Run[] {
  return second && second.text !== first.text ? [{ ...first, text: `${first.text} / ` }, second] : [first];
}

const LANGUAGE_NAME: Record<Lang, Record<Lang, string>> = {
  en: { en: 'English', es: 'Spanish' },
  es: { en: 'inglés', es: 'español' },
};

/**
 * The notice a page prints when its miniatures leave the second language out (too small to read), in `lang`:
 * which language is missing and which layouts print it.
 */
export function secondLeftOut(lang: Lang, lang2: Lang): string {
  return lang === 'es'
    ? `Texto en ${LANGUAGE_NAME.es[lang2]} omitido en las diapositivas de esta página donde se imprimiría a menos de 6 pt, ilegible. La exportación de diapositivas lo incluye.`
    : `${LANGUAGE_NAME.en[lang2]} wording left out of the slides on this page where it would print under 6 pt, too small to read. The slides export includes it.`;
}
