// Makes it possible to open the Export dialog with `E`, under the same rules as every other key (not while typing,
// not with a modifier, not when a dialog already took the key): the key is `KEY_TABLE`'s `export` line.
import { listenForActions, type KeySource } from '../keyboard';

/** Calls `open` when E is pressed and `allowed()` says the window is free; returns the function that stops listening. */
export function listenForExportKey(source: KeySource, open: () => void, allowed: () => boolean): () => void {
  return listenForActions(source, (action) => {
    if (action.kind !== 'export' || !allowed()) return false;
    open();
    return true;
  });
}
