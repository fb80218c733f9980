// Sends what is meant for the briefer's eyes only (typed jump digits, toasts, the overlays and dialogs a key, a menu
// or a button opens) from the audience window to the presenter window while one is open, so the projector shows the
// slide alone. Both windows are pages of the one
// app origin, so a BroadcastChannel reaches the other without the main side; where there is none, nothing is sent.

/** What a briefer opens over the show: the slide grid, search, the shortcut card, the Export dialog. */
export type BrieferPanel = 'overview' | 'search' | 'help' | 'export';

const PANELS: readonly string[] = ['overview', 'search', 'help', 'export'] satisfies BrieferPanel[];

/** A message for the briefer, raised in the audience window. */
export type BrieferNote =
  | { kind: 'typed'; digits: string }
  | { kind: 'toast'; text: string; level: 'info' | 'error' }
  | { kind: 'open'; panel: BrieferPanel };

/**
 * Where a panel asked for in a window of role `role` opens: `here`, or `presenter` — handed to the presenter window,
 * because with one open the audience window is the projector's and shows the slide alone.
 */
export function panelHome(role: 'audience' | 'presenter', presenterOpen: boolean): 'here' | 'presenter' {
  return role === 'audience' && presenterOpen ? 'presenter' : 'here';
}

export interface Relay {
  send(note: BrieferNote): void;
  close(): void;
}

const CHANNEL = 'puente-briefer';

function isNote(data: unknown): data is BrieferNote {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return false;
  const d = data as Record<string, unknown>;
  if (d['kind'] === 'typed') return typeof d['digits'] === 'string';
  if (d['kind'] === 'open') return typeof d['panel'] === 'string' && PANELS.includes(d['panel']);
  return d['kind'] === 'toast' && typeof d['text'] === 'string' && (d['level'] === 'info' || d['level'] === 'error');
}

/** Opens the relay; `onNote` receives what the other window sends (malformed messages are ignored). */
export function openRelay(onNote: (note: BrieferNote) => void): Relay {
  if (typeof BroadcastChannel === 'undefined') return { send: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (isNote(data)) onNote(data);
  };
  return { send: (note) => channel.postMessage(note), close: () => channel.close() };
}
