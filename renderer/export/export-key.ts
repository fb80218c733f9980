// Makes it possible to open the Export dialog with `E`, under the same rules as every other key (not while typing,
// not with a modifier, not when a dialog already took the key). `shortcuts.ts` lists it for the `?` card.
import type { KeyPress, KeySource } from '../keyboard';

function isTyping(target: unknown): boolean {
  if (typeof target !== 'object' || target === null || !('tagName' in target)) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(String(target.tagName).toUpperCase());
}

/** Calls `open` when E is pressed and `allowed()` says the window is free; returns the function that stops listening. */
export function listenForExportKey(source: KeySource, open: () => void, allowed: () => boolean): () => void {
  const onKey = (event: KeyPress) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== 'e' && event.key !== 'E') return;
    if (isTyping(event.target) || !allowed()) return;
    event.preventDefault();
    open();
  };
  source.addEventListener('keydown', onKey);
  return () => source.removeEventListener('keydown', onKey);
}
