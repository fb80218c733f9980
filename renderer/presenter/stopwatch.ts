// Makes it possible to time a briefing: elapsed time that can be paused and reset, read from an injected clock.

export interface StopwatchState {
  /** Clock time when the current running stretch began; null while paused. */
  runningSince: number | null;
  /** Milliseconds banked from earlier running stretches. */
  banked: number;
}

export const startedStopwatch = (now: number): StopwatchState => ({ runningSince: now, banked: 0 });

export function elapsedMs(s: StopwatchState, now: number): number {
  return s.banked + (s.runningSince === null ? 0 : Math.max(0, now - s.runningSince));
}

export function toggleStopwatch(s: StopwatchState, now: number): StopwatchState {
  return s.runningSince === null
    ? { runningSince: now, banked: s.banked }
    : { runningSince: null, banked: elapsedMs(s, now) };
}

/** Back to zero, keeping whether it runs. */
export function resetStopwatch(s: StopwatchState, now: number): StopwatchState {
  return { runningSince: s.runningSince === null ? null : now, banked: 0 };
}

/** "4:07" under an hour, "1:04:07" after. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
