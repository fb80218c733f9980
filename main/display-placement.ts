// Decides where the audience and presenter windows go: the presenter on the laptop's own screen, the audience full
// screen on the projector; with one screen, side by side. Pure, so every display arrangement is a unit test.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of Electron's Display this reads. `internal` is true for a laptop's built-in screen. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  internal: boolean;
}

export interface Size {
  width: number;
  height: number;
}

export interface PlacementOptions {
  /** Electron's primary display; the presenter's screen when none is marked internal (a desktop). */
  primaryId: number;
  /** The presenter window's preferred size on its own screen; it fills the work area when absent or too big. */
  presenterSize?: Size;
  /**
   * Both windows' minimum size (the BrowserWindow `minWidth`/`minHeight`). Electron never makes a window smaller,
   * so a narrower placement would push the presenter window off the right edge of a 1280- or 1366-wide screen.
   */
  minWindow?: Size;
}

export interface WindowPlacement {
  mode: 'single' | 'extended';
  audience: { displayId: number; bounds: Rect; fullscreen: boolean };
  presenter: { displayId: number; bounds: Rect };
}

const FALLBACK: Rect = { x: 0, y: 0, width: 1280, height: 800 };
const area = (r: Rect) => r.width * r.height;

/** The presenter's screen: the laptop's own, else the primary, else the first. */
function presenterDisplay(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo | undefined {
  return displays.find((d) => d.internal) ?? displays.find((d) => d.id === primaryId) ?? displays[0];
}

/** A window of `size` (shrunk to fit) centred in `space`. */
function centred(space: Rect, size: Size | undefined): Rect {
  if (!size) return { ...space };
  const width = Math.max(1, Math.min(Math.round(size.width), space.width));
  const height = Math.max(1, Math.min(Math.round(size.height), space.height));
  return { x: space.x + Math.floor((space.width - width) / 2), y: space.y + Math.floor((space.height - height) / 2), width, height };
}

export function placeWindows(displays: readonly DisplayInfo[], opts: PlacementOptions): WindowPlacement {
  const laptop = presenterDisplay(displays, opts.primaryId);
  if (!laptop) {
    const { audience, presenter } = sideBySide(FALLBACK, opts.minWindow);
    return { mode: 'single', audience: { displayId: 0, bounds: audience, fullscreen: false }, presenter: { displayId: 0, bounds: presenter } };
  }
  const others = displays.filter((d) => d.id !== laptop.id);
  // The projector: an external screen if there is one, the largest (ties: lowest id) — the room sees that one.
  const projector = [...others].sort((a, b) => Number(a.internal) - Number(b.internal) || area(b.bounds) - area(a.bounds) || a.id - b.id)[0];
  if (projector) {
    return {
      mode: 'extended',
      // The work area, not the whole screen: the window opens on that display, and returns there if full screen ends.
      audience: { displayId: projector.id, bounds: { ...projector.workArea }, fullscreen: true },
      presenter: { displayId: laptop.id, bounds: centred(laptop.workArea, opts.presenterSize) },
    };
  }
  const { audience, presenter } = sideBySide(laptop.workArea, opts.minWindow);
  return {
    mode: 'single',
    audience: { displayId: laptop.id, bounds: audience, fullscreen: false },
    presenter: { displayId: laptop.id, bounds: presenter },
  };
}

/**
 * One screen (rehearsing): the audience window on the left 60%, the presenter's on the right 40%; neither narrower
 * than `min` (as far as the screen allows). Where the two minimums do not fit side by side, the presenter window
 * sits at the right edge over the audience window's right side rather than running off the screen.
 */
function sideBySide(w: Rect, min: Size = { width: 1, height: 1 }): { audience: Rect; presenter: Rect } {
  const fit = (n: number, lo: number) => Math.min(w.width, Math.max(n, lo));
  const height = w.height; // a screen shorter than minHeight has no better answer than its whole height
  const presenterWidth = fit(w.width - Math.round(w.width * 0.6), min.width);
  const audienceWidth = fit(w.width - presenterWidth, min.width);
  return {
    audience: { x: w.x, y: w.y, width: audienceWidth, height },
    presenter: { x: w.x + w.width - presenterWidth, y: w.y, width: presenterWidth, height },
  };
}
