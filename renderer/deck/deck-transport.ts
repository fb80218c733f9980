// The main side of the HTML deck, living in the page: it answers the app's IPC calls from the briefing the exporter
// put into the file, so the renderer's own App presents it unchanged (nothing is fetched, nothing is written).
import type { CallChannel, EventChannel, Transport } from '../../main/model/contract';
import type { ShowState, ShowUpdate } from '../../main/model/show';
import type { DeckData } from '../../main/html/deck-data';
import { geometryKey, type GeometryRequest } from '../../main/model/slide-geometry/wire';

/** What the page does when asked for the presenter view (it swaps this window's role; there is no second window). */
export type PresenterSwitch = () => { status: 'opened' } | { status: 'failed'; message: string };

const NOT_HERE = 'This HTML deck only presents the briefing; open it in Puente to export or open another briefing.';

/** A Transport answering from `data`; `presenter` toggles the presenter view when the deck holds notes. */
export function deckTransport(data: DeckData, presenter: PresenterSwitch): Transport {
  let show: ShowUpdate = { rev: 1, state: data.show };
  const prefs = { recent: [], runs: [], rehearsals: [], problem: null };
  const answers: Record<CallChannel, (req: unknown) => unknown> = {
    'briefing:get': () => ({ status: 'loaded', briefing: data.briefing, source: { path: data.name, name: data.name, bundled: false }, warnings: [] }),
    'briefing:open': () => ({ status: 'cancelled' }),
    'export:pdf': (req) => ({ status: 'failed', id: (req as { id?: string } | undefined)?.id ?? 'deck', message: NOT_HERE }),
    'export:plan': () => ({ status: 'failed', message: NOT_HERE }),
    'export:cancel': () => ({ cancelled: false }),
    'export:reveal': () => ({ status: 'failed', message: NOT_HERE }),
    'asset:image': (req) => {
      const path = (req as { path: string }).path;
      const url = data.images[path];
      return url ? { status: 'ok', dataUrl: url } : { status: 'failed', message: `image "${path}" is not in this deck` };
    },
    'show:get': () => show,
    'show:set': (req) => {
      show = { rev: show.rev + 1, state: req as ShowState };
      return show;
    },
    'window:presenter': () => presenter(),
    'prefs:get': () => prefs,
    'runs:save': () => prefs,
    'runs:delete': () => prefs,
    // A deck file keeps nothing between visits: a rehearsal is timed but not stored.
    'rehearsals:save': () => prefs,
    // The exporter laid every slide out with the PDF's measurer; the page draws that layout.
    'slide:geometry': (req) => {
      const found = data.geometry?.[geometryKey(req as GeometryRequest)];
      if (!found) throw new Error('This slide is not laid out in this deck; export it again from Puente.');
      return found;
    },
  };
  return {
    invoke: async (channel, request) => answers[channel](request),
    on: (_channel: EventChannel) => () => undefined,
  };
}
