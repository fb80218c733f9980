// The shell's start, quit and second-launch rules as plain functions over the few Electron calls they make, so each
// rule is a unit test. Checked against Electron 45's own API docs (node_modules/electron/electron.d.ts):
// - app 'before-quit': "Calling event.preventDefault() will prevent the default behavior, which is terminating the
//   application" — so a quit can wait for the settings write, then be asked for again.
// - app.exit(code): "Exits immediately … the before-quit and will-quit events will not be emitted" — used after a
//   failed start, when no window may exist to close and app.quit() could leave a windowless process holding the
//   single-instance lock.
// - BrowserWindow.focus() does not un-minimize; isMinimized()/restore() do (the requestSingleInstanceLock example).

/** The part of Electron's before-quit event this uses. */
export interface QuitEvent {
  preventDefault(): void;
}

/**
 * A 'before-quit' listener that holds the quit until `flush()` settles, then calls `quit()` again, which this lets
 * through. A second quit while the flush runs is held too (one flush, one quit). If that quit is then cancelled, the
 * next one flushes again. `flush` should not throw; if it does, the quit still goes ahead.
 */
export function quitAfterFlush(flush: () => Promise<void>, quit: () => void): (event: QuitEvent) => void {
  let flushing = false;
  let flushed = false;
  return (event) => {
    if (flushed) {
      flushed = false; // the quit asked for below: let it through
      return;
    }
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void flush()
      .catch(() => undefined)
      .finally(() => {
        flushing = false;
        flushed = true;
        quit();
      });
  };
}

/** The parts of a BrowserWindow that bringing it to the front uses. */
export interface RaisableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  isVisible(): boolean;
  show(): void;
  focus(): void;
}

/** Restores a minimized window, shows a hidden one, and focuses it (a second launch of Puente does this). */
export function bringToFront(win: RaisableWindow | null | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}

/** The sentence shown when start-up fails: what failed, in words, without a stack trace. */
export function startFailureMessage(err: unknown): string {
  const reason = err instanceof Error ? err.message : String(err);
  return `Puente could not start: ${reason || 'unknown error'}.\n\nPuente will now close; open it again to retry.`;
}

/** What a failed start does: shows `message` in an error box, then exits with status 1 (releasing the lock). */
export function failStart(err: unknown, deps: { showErrorBox(title: string, content: string): void; exit(code: number): void }): void {
  try {
    deps.showErrorBox('Puente could not start', startFailureMessage(err));
  } finally {
    deps.exit(1);
  }
}
