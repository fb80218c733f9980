// Issue 11 item 10: on a single 1280- or 1366-wide screen the presenter window (40 %, but never under the window's
// minWidth of 640) ran off the right edge. Every placed window must fit its screen at no less than its minimum size.
import { describe, expect, it } from 'vitest';
import { placeWindows, type DisplayInfo, type Rect } from '../../../main/display-placement';
import { mainWindowOptions } from '../../../main/window-options';

const { minWidth, minHeight } = mainWindowOptions('/o');
const minWindow = { width: minWidth, height: minHeight };
const laptop = (width: number, height: number, x = 0): DisplayInfo => ({
  id: 1,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
  internal: true,
});
const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x && r.y >= outer.y && r.x + r.width <= outer.x + outer.width && r.y + r.height <= outer.y + outer.height;

describe('one screen of any common laptop width', () => {
  it.each([
    [1024, 768],
    [1280, 720],
    [1280, 800],
    [1366, 768],
    [1440, 900],
    [1920, 1080],
    [2560, 1600],
  ])('%i×%i: both windows inside the work area, neither under its minimum width', (width, height) => {
    for (const x of [0, -width]) {
      const screen = laptop(width, height, x);
      const p = placeWindows([screen], { primaryId: 1, minWindow });
      for (const w of [p.audience.bounds, p.presenter.bounds]) {
        expect(inside(w, screen.workArea), JSON.stringify(w)).toBe(true);
        expect(w.width).toBeGreaterThanOrEqual(Math.min(minWidth, screen.workArea.width));
      }
      // The presenter window ends at the screen's right edge, and the two do not overlap where both minimums fit.
      expect(p.presenter.bounds.x + p.presenter.bounds.width).toBe(screen.workArea.x + screen.workArea.width);
      if (screen.workArea.width >= 2 * minWidth) expect(p.audience.bounds.x + p.audience.bounds.width).toBeLessThanOrEqual(p.presenter.bounds.x);
    }
  });

  it('without any display, the 1280×800 fallback respects the minimum width too', () => {
    const p = placeWindows([], { primaryId: 1, minWindow });
    expect(p.presenter.bounds.width).toBeGreaterThanOrEqual(minWidth);
    expect(p.presenter.bounds.x + p.presenter.bounds.width).toBeLessThanOrEqual(1280);
  });

  it('the shell passes the window minimum to the placement', async () => {
    const { readFileSync } = await import('node:fs');
    const app = readFileSync(new URL('../../../main/app.ts', import.meta.url), 'utf8');
    expect(app).toMatch(/placeWindows\(displays\(\), \{[^\n]*minWindow: \{ width: minWidth, height: minHeight \}/);
  });
});
