// Makes it possible to benchmark on a briefing of any size: writes a valid bilingual pack of N slides in a mix of layouts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { BriefingInput } from '../main/model/schema';

type SlideInput = BriefingInput['topics'][number]['slides'][number];
type Bilingual = { en: string; es: string };

export interface SyntheticPackOptions {
  slides: number;
  /** How many topics the slides are spread over; default one per ten slides. */
  topics?: number;
}

const SOURCE_ID = 'synthetic-report';

// Deterministic wording, so runs compare like with like; varied enough that slides are not all the same length.
const SUBJECTS: readonly Bilingual[] = [
  { en: 'border crossings', es: 'cruces fronterizos' },
  { en: 'disaster response', es: 'respuesta ante desastres' },
  { en: 'joint training', es: 'entrenamiento conjunto' },
  { en: 'cargo inspections', es: 'inspecciones de carga' },
  { en: 'wildfire season', es: 'temporada de incendios' },
  { en: 'port logistics', es: 'logística portuaria' },
  { en: 'medical exchanges', es: 'intercambios médicos' },
];
const VERBS: readonly Bilingual[] = [
  { en: 'Expand', es: 'Ampliar' },
  { en: 'Coordinate', es: 'Coordinar' },
  { en: 'Review', es: 'Revisar' },
  { en: 'Fund', es: 'Financiar' },
  { en: 'Measure', es: 'Medir' },
  { en: 'Share', es: 'Compartir' },
];
const MONTHS: readonly Bilingual[] = [
  { en: 'January', es: 'enero' },
  { en: 'March', es: 'marzo' },
  { en: 'May', es: 'mayo' },
  { en: 'August', es: 'agosto' },
  { en: 'October', es: 'octubre' },
];

const pick = <T>(xs: readonly T[], i: number): T => xs[((i % xs.length) + xs.length) % xs.length]!;

function bullet(i: number, k: number): Bilingual {
  const verb = pick(VERBS, i + k);
  const subject = pick(SUBJECTS, i * 3 + k);
  return {
    en: `${verb.en} ${subject.en} across ${k + 2} districts by quarter ${(k % 4) + 1}`,
    es: `${verb.es} ${subject.es} en ${k + 2} distritos antes del trimestre ${(k % 4) + 1}`,
  };
}

function notes(i: number): Bilingual {
  const subject = pick(SUBJECTS, i);
  return {
    en:
      `Slide ${i + 1}. Walk the audience through ${subject.en}: what changed since the last briefing, which figures ` +
      `matter, and what we ask of them. Pause for questions before moving on; the backup slides hold the detail.`,
    es:
      `Diapositiva ${i + 1}. Explique al público ${subject.es}: qué cambió desde la última sesión, qué cifras ` +
      `importan y qué les pedimos. Haga una pausa para preguntas antes de seguir; las diapositivas de reserva tienen el detalle.`,
  };
}

const LAYOUTS = ['bullets', 'stats', 'chart', 'bullets', 'quote', 'timeline', 'two-column'] as const;

/** The content of slide `i` (0-based across the pack); `first` makes it the topic's opening section slide. */
function slideAt(i: number, first: boolean): SlideInput {
  const id = `s${String(i + 1).padStart(4, '0')}`;
  const subject = pick(SUBJECTS, i);
  const common = {
    id,
    notes: notes(i),
    sources: [SOURCE_ID],
    // ~1 in 20 held in reserve, never a topic's opening slide.
    ...(!first && i % 20 === 19 ? { backup: true } : {}),
  };
  const title = { en: `${pick(VERBS, i).en} ${subject.en} (${i + 1})`, es: `${pick(VERBS, i).es} ${subject.es} (${i + 1})` };
  if (first) {
    return { ...common, layout: 'section', title, subtitle: { en: `Where ${subject.en} stands`, es: `Situación de ${subject.es}` } };
  }
  switch (pick(LAYOUTS, i)) {
    case 'bullets': {
      const count = 4 + (i % 3); // 4–6 bullets
      return {
        ...common,
        layout: 'bullets',
        title,
        lead: { en: `Three things to know about ${subject.en}`, es: `Tres cosas que saber sobre ${subject.es}` },
        bullets: Array.from({ length: count }, (_, k) =>
          k === 1 ? { text: bullet(i, k), bullets: [bullet(i, k + 10), bullet(i, k + 11)] } : bullet(i, k),
        ),
      };
    }
    case 'stats':
      return {
        ...common,
        layout: 'stats',
        title,
        stats: [
          { value: `${(i * 37) % 900 + 100}`, label: { en: 'personnel trained', es: 'efectivos capacitados' }, source: SOURCE_ID },
          { value: `$${((i * 13) % 90) + 10}.${i % 10}M`, label: { en: 'in joint funding', es: 'en financiamiento conjunto' } },
          { value: `${(i % 40) + 12}%`, label: { en: 'faster response', es: 'respuesta más rápida' } },
        ],
      };
    case 'chart':
      return {
        ...common,
        layout: 'chart',
        title,
        lead: { en: `Yearly volume of ${subject.en}`, es: `Volumen anual de ${subject.es}` },
        chart: {
          prefix: '$',
          suffix: 'B',
          unit: { en: 'billions of dollars', es: 'miles de millones de dólares' },
          bars: Array.from({ length: 5 }, (_, k) => ({
            label: String(2020 + k),
            value: 40 + ((i * 7 + k * 11) % 60) + k * 0.5,
            ...(k === 4 ? { highlight: true } : {}),
          })),
        },
        caption: { en: 'Source: synthetic figures for benchmarking', es: 'Fuente: cifras sintéticas para medir el rendimiento' },
      };
    case 'quote':
      return {
        ...common,
        layout: 'quote',
        title,
        quote: {
          en: `Progress on ${subject.en} depends on people on both sides of the border trusting each other, and on us keeping our word.`,
          es: `El avance en ${subject.es} depende de que las personas a ambos lados de la frontera confíen entre sí y de que cumplamos nuestra palabra.`,
        },
        attribution: `Officer ${String.fromCharCode(65 + (i % 26))}. Example`,
        role: { en: 'Program director', es: 'Director del programa' },
      };
    case 'timeline':
      return {
        ...common,
        layout: 'timeline',
        title,
        events: MONTHS.map((m, k) => ({
          when: { en: `${m.en} ${2024 + (k >> 2)}`, es: `${m.es} de ${2024 + (k >> 2)}` },
          text: bullet(i, k),
        })),
      };
    case 'two-column':
      return {
        ...common,
        layout: 'two-column',
        title,
        left: { heading: { en: 'California', es: 'California' }, bullets: [bullet(i, 0), bullet(i, 1), bullet(i, 2)] },
        right: { heading: { en: 'Mexico', es: 'México' }, bullets: [bullet(i, 3), bullet(i, 4), bullet(i, 5)] },
      };
  }
}

/** The briefing itself, as an author would write it. */
export function syntheticBriefing(opts: SyntheticPackOptions): BriefingInput {
  const slides = Math.floor(opts.slides);
  const topics = Math.floor(opts.topics ?? Math.max(1, Math.round(slides / 10)));
  if (slides < 1) throw new Error(`a synthetic pack needs at least one slide (asked for ${opts.slides})`);
  if (topics < 1 || topics > slides) throw new Error(`cannot spread ${slides} slides over ${opts.topics} topics`);
  // Topic t holds slides [start(t), start(t+1)): as even as integers allow, each topic at least one slide.
  const start = (t: number): number => Math.floor((t * slides) / topics);
  return {
    puente: 1,
    meta: {
      title: { en: `Synthetic briefing of ${slides} slides`, es: `Sesión sintética de ${slides} diapositivas` },
      subtitle: { en: 'Generated for benchmarks', es: 'Generada para medir el rendimiento' },
      organization: { en: 'Puente benchmarks', es: 'Pruebas de rendimiento de Puente' },
      asOf: '2026',
      classification: { text: 'UNCLASSIFIED', color: '#007a33' },
      languages: ['en', 'es'],
    },
    sources: [
      {
        id: SOURCE_ID,
        title: { en: 'Synthetic annual report', es: 'Informe anual sintético' },
        publisher: 'Puente benchmarks',
        date: '2026',
      },
    ],
    topics: Array.from({ length: topics }, (_, t) => {
      const subject = pick(SUBJECTS, t);
      return {
        id: `part-${String(t + 1).padStart(3, '0')}`,
        title: { en: `Part ${t + 1}: ${subject.en}`, es: `Parte ${t + 1}: ${subject.es}` },
        summary: { en: `Where ${subject.en} stands and what comes next.`, es: `Situación de ${subject.es} y próximos pasos.` },
        slides: Array.from({ length: start(t + 1) - start(t) }, (_, k) => slideAt(start(t) + k, k === 0)),
      };
    }),
  };
}

/** Writes `briefing.yaml` for a synthetic pack into `dir` (created if missing); returns the YAML file's path. */
export function writeSyntheticPack(dir: string, opts: SyntheticPackOptions): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'briefing.yaml');
  writeFileSync(path, stringify(syntheticBriefing(opts), { lineWidth: 0 }));
  return path;
}
