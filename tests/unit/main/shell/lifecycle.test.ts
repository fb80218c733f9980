// Issue 11 items 4 (a failed start must quit and free the lock), 8 (quit waits for the settings write) and 11
// (a second launch restores a minimized window).
import { describe, expect, test, vi } from 'vitest';
import { bringToFront, failStart, quitAfterFlush, startFailureMessage, type RaisableWindow } from '../../../../main/shell/lifecycle';

const event = () => ({ preventDefault: vi.fn() });

describe('quit after the settings are written', () => {
  test('the first quit is held until flush settles, then asked for again and let through', async () => {
    let finish!: () => void;
    const flush = vi.fn(() => new Promise<void>((r) => (finish = r)));
    const quit = vi.fn();
    const onBeforeQuit = quitAfterFlush(flush, quit);
    const first = event();
    onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
    const during = event();
    onBeforeQuit(during); // Cmd+Q pressed twice: still one flush
    expect(during.preventDefault).toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    const again = event();
    onBeforeQuit(again); // the quit asked for by quitAfterFlush
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(flush).toHaveBeenCalledTimes(1);
  });
  test('a failing flush still quits', async () => {
    const quit = vi.fn();
    quitAfterFlush(() => Promise.reject(new Error('disk full')), quit)(event());
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
  });
  test('a quit cancelled after the flush flushes again next time', async () => {
    const flush = vi.fn(() => Promise.resolve());
    const quit = vi.fn();
    const onBeforeQuit = quitAfterFlush(flush, quit);
    onBeforeQuit(event());
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    onBeforeQuit(event()); // let through (then, say, cancelled by a window)
    const later = event();
    onBeforeQuit(later);
    expect(later.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(flush).toHaveBeenCalledTimes(2));
  });
});

describe('a failed start', () => {
  test('shows why in one box, then exits with status 1', () => {
    const calls: string[] = [];
    failStart(new Error('settings folder is read-only'), {
      showErrorBox: (title, content) => calls.push(`box ${title}: ${content}`),
      exit: (code) => calls.push(`exit ${code}`),
    });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/^box Puente could not start: Puente could not start: settings folder is read-only\./);
    expect(calls[1]).toBe('exit 1');
  });
  test('exits even if the error box cannot be shown', () => {
    const exit = vi.fn();
    expect(() =>
      failStart('x', {
        showErrorBox: () => {
          throw new Error('no display');
        },
        exit,
      }),
    ).toThrow('no display');
    expect(exit).toHaveBeenCalledWith(1);
  });
  test.each([
    [new Error('boom'), 'boom'],
    ['plain string', 'plain string'],
    [new Error(''), 'unknown error'],
  ])('names the reason: %s', (err, reason) => {
    expect(startFailureMessage(err)).toContain(`Puente could not start: ${reason}.`);
  });
});

describe('a second launch brings the window to the front', () => {
  const fakeWindow = (minimized: boolean, visible = true) => {
    const calls: string[] = [];
    const w: RaisableWindow = {
      isDestroyed: () => false,
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      isVisible: () => visible,
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    return { w, calls };
  };
  test('restores a minimized window before focusing it', () => {
    const { w, calls } = fakeWindow(true);
    bringToFront(w);
    expect(calls).toEqual(['restore', 'focus']);
  });
  test('shows a hidden window; only focuses a normal one; ignores none', () => {
    const hidden = fakeWindow(false, false);
    bringToFront(hidden.w);
    expect(hidden.calls).toEqual(['show', 'focus']);
    const normal = fakeWindow(false);
    bringToFront(normal.w);
    expect(normal.calls).toEqual(['focus']);
    expect(() => bringToFront(null)).not.toThrow();
  });
});
