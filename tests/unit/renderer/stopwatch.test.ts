// The presenter's stopwatch: runs, pauses without losing time, resets, and reads as m:ss or h:mm:ss.
import { describe, expect, it } from 'vitest';
import { elapsedMs, formatElapsed, resetStopwatch, startedStopwatch, toggleStopwatch } from '../../../renderer/presenter/stopwatch';

describe('stopwatch', () => {
  it('counts while running and holds while paused', () => {
    let s = startedStopwatch(1000);
    expect(elapsedMs(s, 61_000)).toBe(60_000);
    s = toggleStopwatch(s, 61_000); // pause
    expect(elapsedMs(s, 500_000)).toBe(60_000);
    s = toggleStopwatch(s, 500_000); // resume
    expect(elapsedMs(s, 505_000)).toBe(65_000);
  });

  it('resets to zero and keeps running or paused as it was', () => {
    const running = resetStopwatch(startedStopwatch(0), 10_000);
    expect(elapsedMs(running, 12_000)).toBe(2_000);
    const paused = resetStopwatch(toggleStopwatch(startedStopwatch(0), 5_000), 9_000);
    expect(elapsedMs(paused, 20_000)).toBe(0);
  });

  it('formats minutes and hours', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(247_900)).toBe('4:07');
    expect(formatElapsed(3_847_000)).toBe('1:04:07');
  });
});
