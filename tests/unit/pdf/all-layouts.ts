// A briefing using every slide layout (plus a backup slide), for export tests and for looking at the result.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Briefing } from '../../../main/model/schema';

/** An 8×6 navy PNG, so the image layout has a real picture to place. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGOQs6nAihgGUgIAeXsnYXF0BzgAAAAASUVORK5CYII=', 'base64');

export function writePicture(packDir: string, name = 'map.png'): void {
  writeFileSync(join(packDir, name), PNG);
}

const LONG = 'A deliberately long bullet that goes on and on to make sure the layout shrinks its type and then wraps the line rather than running off the right edge of the slide';

export const allLayouts = (image = 'map.png'): Briefing =>
  Briefing.parse({
    puente: 1,
    meta: {
      title: { en: 'Every layout', es: 'Todos los diseños' },
      subtitle: { en: 'A test deck', es: 'Una presentación de prueba' },
      organization: 'Puente tests',
      presenter: 'A. Briefer',
      date: '2026-02-01',
      classification: { text: 'Unclassified' },
      languages: ['en', 'es'],
    },
    sources: [
      { id: 'release', title: 'Press release', publisher: 'Office of the Governor', date: '2025-06-01' },
      { id: 'census', title: 'Census tables', publisher: 'Census Bureau', date: '2024' },
    ],
    topics: [
      {
        id: 'opening',
        title: { en: 'Opening', es: 'Apertura' },
        slides: [
          { id: 'cover', layout: 'title', title: { en: 'Every layout', es: 'Todos los diseños' }, kicker: 'Briefing', subtitle: 'Subtitle' },
          { id: 'part', layout: 'section', title: { en: 'Part one', es: 'Primera parte' }, subtitle: 'What follows' },
          {
            id: 'list',
            layout: 'bullets',
            title: { en: 'Many points', es: 'Muchos puntos' },
            lead: 'A lead line',
            bullets: [LONG, { text: 'Parent', bullets: ['Child one', 'Child two'] }, LONG, LONG, LONG, LONG],
          },
        ],
      },
      {
        id: 'figures',
        title: { en: 'Figures', es: 'Cifras' },
        slides: [
          {
            id: 'six',
            layout: 'stats',
            title: { en: 'Six figures', es: 'Seis cifras' },
            sources: ['release'],
            stats: [
              { value: '35,065 lb', label: 'of fentanyl', source: 'release' },
              { value: '51.8M', label: 'pills' },
              { value: '$498.4M', label: 'street value' },
              { value: '400+', label: 'servicemembers' },
              { value: '32%', label: 'reassigned' },
              { value: '7', label: 'MOUs', source: 'census' },
            ],
          },
          {
            id: 'trade',
            layout: 'chart',
            title: { en: 'Trade', es: 'Comercio' },
            sources: ['release'],
            chart: { prefix: '$', suffix: 'B', unit: 'billion US dollars', bars: [{ label: 'China', value: 137.9 }, { label: 'Mexico', value: 97.8, highlight: true }] },
            caption: 'Two-way trade',
          },
          { id: 'said', layout: 'quote', title: 'A quote', quote: 'We are proud to partner.', attribution: 'A General', role: 'Adjutant General' },
          { id: 'spare', layout: 'bullets', title: { en: 'Backup slide', es: 'Diapositiva de reserva' }, backup: true, bullets: ['Held back'] },
        ],
      },
      {
        id: 'more',
        title: { en: 'More', es: 'Más' },
        slides: [
          {
            id: 'dates',
            layout: 'timeline',
            title: { en: 'Timeline', es: 'Cronología' },
            events: [
              { when: '2019', text: 'First memorandum' },
              { when: '2021', text: 'Seizures counted from here' },
              { when: 'Jan 2025', text: 'Mexican firefighters join the response' },
              { when: '2025', text: 'Partnership announced' },
            ],
          },
          { id: 'picture', layout: 'image', title: { en: 'A map', es: 'Un mapa' }, image, alt: 'A map', caption: 'The border region' },
          {
            id: 'compare',
            layout: 'two-column',
            title: { en: 'Side by side', es: 'Lado a lado' },
            left: { heading: 'California', bullets: ['Task Force Rattlesnake', 'CAL FIRE'] },
            right: { heading: 'Mexico', bullets: ['SEDENA', 'Firefighting unit'] },
          },
        ],
      },
      { id: 'reserve', title: 'Reserve', slides: [{ id: 'only-backup', layout: 'section', title: 'Reserve only', backup: true }] },
    ],
  });
