// Sends what is meant for the briefer's eyes only (typed jump digits, toasts) from the audience window to the
// presenter window while one is open, so the projector shows the slide alone. Both windows are pages of the one
// app origin, so a BroadcastChannel reaches the other without the main side; where there is none, nothing is sent.

/** A message for the briefer, raised in the audience window. */
export type BrieferNote =
  | { kind: 'typed'; digits: string }
  | { kind: 'toast'; text: string; level: 'info' | 'error' };

export interface Relay {
  send(note: BrieferNote): void;
  close(): void;
}

const CHANNEL = 'puente-briefer';

function isNote(data: unknown): data is BrieferNote {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return false;
  const d = data as Record<string, unknown>;
  if (d['kind'] === 'typed') return typeof d['digits'] === 'string';
  return d['kind'] === 'toast' && typeof d['text'] === 'string' && (d['level'] === 'info' || d['level'] === 'error');
}

/** Opens the relay; `onNote` receives what the other window sends (malformed messages are ignored). */
export function openRelay(onNote: (note: BrieferNote) => void): Relay {
  if (typeof BroadcastChannel === 'undefined') return { send: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isNote(event.data)) onNote(event.data);
  };
  return { send: (note) => channel.postMessage(note), close: () => channel.close() };
}
