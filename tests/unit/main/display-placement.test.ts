// Where the two windows go for one, two and three screens; the presenter always on the laptop.
import { describe, expect, it } from 'vitest';
import { placeWindows, type DisplayInfo, type Rect } from '../../../main/display-placement';

const screen = (id: number, x: number, width: number, height: number, internal = false): DisplayInfo => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
  internal,
});
const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x && r.y >= outer.y && r.x + r.width <= outer.x + outer.width && r.y + r.height <= outer.y + outer.height;

describe('window placement', () => {
  it('puts both windows side by side on a single screen, inside its work area, none full screen', () => {
    const laptop = screen(1, 0, 1920, 1080, true);
    const p = placeWindows([laptop], { primaryId: 1 });
    expect(p.mode).toBe('single');
    expect(p.audience.fullscreen).toBe(false);
    expect(inside(p.audience.bounds, laptop.workArea) && inside(p.presenter.bounds, laptop.workArea)).toBe(true);
    expect(p.audience.bounds.x + p.audience.bounds.width).toBeLessThanOrEqual(p.presenter.bounds.x);
    expect(p.audience.bounds.width).toBeCloseTo(laptop.workArea.width * 0.6, -1);
    expect(p.audience.bounds.width + p.presenter.bounds.width).toBe(laptop.workArea.width);
  });

  it('keeps side-by-side windows inside a work area that does not start at the origin', () => {
    const laptop: DisplayInfo = { id: 1, bounds: { x: -1440, y: 0, width: 1440, height: 900 }, workArea: { x: -1440, y: 25, width: 1440, height: 875 }, internal: true };
    const p = placeWindows([laptop], { primaryId: 1 });
    expect(inside(p.audience.bounds, laptop.workArea) && inside(p.presenter.bounds, laptop.workArea)).toBe(true);
  });

  it('with a projector, puts the audience full screen on it and the presenter on the laptop', () => {
    const laptop = screen(1, 0, 1920, 1080, true);
    const projector = screen(2, 1920, 1280, 720);
    const p = placeWindows([laptop, projector], { primaryId: 1 });
    expect(p).toMatchObject({ mode: 'extended', audience: { displayId: 2, fullscreen: true }, presenter: { displayId: 1 } });
    expect(inside(p.audience.bounds, projector.workArea)).toBe(true);
    expect(inside(p.presenter.bounds, laptop.workArea)).toBe(true);
  });

  it('keeps the presenter on the laptop even when the projector is the primary display', () => {
    const p = placeWindows([screen(7, 0, 1280, 720), screen(3, 1280, 1920, 1200, true)], { primaryId: 7 });
    expect(p.presenter.displayId).toBe(3);
    expect(p.audience.displayId).toBe(7);
  });

  it('with three screens, shows the audience on the largest external one', () => {
    const p = placeWindows([screen(1, 0, 1920, 1080, true), screen(2, 1920, 1280, 720), screen(3, 3200, 3840, 2160)], { primaryId: 1 });
    expect(p.audience.displayId).toBe(3);
    expect(p.presenter.displayId).toBe(1);
  });

  it('prefers an external screen for the audience over a larger second built-in one', () => {
    const p = placeWindows([screen(1, 0, 1280, 800, true), screen(2, 1280, 3840, 2160, true), screen(3, 5120, 1024, 768)], { primaryId: 1 });
    expect(p).toMatchObject({ presenter: { displayId: 1 }, audience: { displayId: 3 } });
  });

  it('uses the primary screen for the presenter when no screen says it is built in (a desktop)', () => {
    const p = placeWindows([screen(4, 0, 1920, 1080), screen(5, 1920, 1920, 1080)], { primaryId: 5 });
    expect(p.presenter.displayId).toBe(5);
    expect(p.audience.displayId).toBe(4);
  });

  it('with several external screens of the same size, shows the audience on the lowest id', () => {
    const p = placeWindows([screen(9, 0, 1920, 1080, true), screen(6, 1920, 1920, 1080), screen(4, 3840, 1920, 1080)], { primaryId: 9 });
    expect(p.audience.displayId).toBe(4);
  });

  it('gives the presenter window its preferred size, centred on the laptop and never larger than its work area', () => {
    const laptop = screen(1, 0, 1920, 1080, true);
    const projector = screen(2, 1920, 1280, 720);
    const p = placeWindows([laptop, projector], { primaryId: 1, presenterSize: { width: 1200, height: 800 } });
    expect(p.presenter.bounds).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
    const big = placeWindows([laptop, projector], { primaryId: 1, presenterSize: { width: 5000, height: 5000 } });
    expect(big.presenter.bounds).toEqual(laptop.workArea);
  });

  it('does not throw for a primary id it does not know', () => {
    const p = placeWindows([screen(1, 0, 1920, 1080), screen(2, 1920, 1280, 720)], { primaryId: 99 });
    expect(p.mode).toBe('extended');
    expect(p.presenter.displayId).not.toBe(p.audience.displayId);
  });

  it('without displays, gives a plain 1280×800 arrangement at the origin', () => {
    const p = placeWindows([], { primaryId: 1 });
    expect(p.mode).toBe('single');
    expect(p.audience.fullscreen).toBe(false);
    const outer: Rect = { x: 0, y: 0, width: 1280, height: 800 };
    expect(inside(p.audience.bounds, outer) && inside(p.presenter.bounds, outer)).toBe(true);
    expect(p.audience.bounds.x + p.audience.bounds.width).toBeLessThanOrEqual(p.presenter.bounds.x);
  });
});
