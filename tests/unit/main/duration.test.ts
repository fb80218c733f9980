// Planned times: one way to write them, a clear reason for every wrong one, and how they read in both languages.
import { describe, expect, it } from 'vitest';
import {
  MAX_SLIDE_SECONDS,
  durationCode,
  durationProblem,
  formatClock,
  formatDuration,
  parseDuration,
} from '../../../main/model/duration';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['2m', 120],
    ['1m30s', 90],
    ['1h', 3600],
    ['1h5m', 3900],
    ['1h0m30s', 3630],
    ['90m', 5400],
    [' 45s ', 45],
    ['0s', 0],
  ])('reads %j as %i seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(['', '2', '2 minutes', '2min', '1.5m', '-2m', '1m90s', '1h75m', '2M', '30s1m', 'm', '1:30', '2mm'])('refuses %j', (text) =>
    expect(parseDuration(text)).toBeNull(),
  );

  it('writes back what it reads', () => {
    for (const s of [1, 59, 60, 90, 125, 3600, 3661, 5400]) expect(parseDuration(durationCode(s))).toBe(s);
    expect(durationCode(90)).toBe('1m30s');
    expect(durationCode(3900)).toBe('1h5m');
    expect(durationCode(0)).toBe('0s');
  });
});

describe('durationProblem', () => {
  const max = MAX_SLIDE_SECONDS;
  it('accepts planned times within the bound', () => {
    for (const v of ['90s', '2m', '1m30s', '1h']) expect(durationProblem(v, max)).toBeNull();
  });

  it('tells how to write words, decimals and clock times, with the right code', () => {
    expect(durationProblem('2 minutes', max)).toBe('expected a planned time like "90s", "2m" or "1m30s"; got "2 minutes" (write "2m")');
    expect(durationProblem('1 min 30 sec', max)).toMatch(/\(write "1m30s"\)$/);
    expect(durationProblem('1.5m', max)).toMatch(/\(write "1m30s"\)$/);
    expect(durationProblem('2 minutos', max)).toMatch(/\(write "2m"\)$/);
    expect(durationProblem('1:30', max)).toMatch(/\(write "1m30s"\)$/);
    expect(durationProblem('1m90s', max)).toMatch(/\(write "2m30s"\)$/);
    expect(durationProblem('soon', max)).toBe('expected a planned time like "90s", "2m" or "1m30s"; got "soon"');
  });

  it('refuses negative, zero and absurd times, and numbers without a unit', () => {
    expect(durationProblem('-2m', max)).toBe('a planned time cannot be negative; got "-2m"');
    expect(durationProblem(-5, max)).toBe('a planned time cannot be negative; got -5');
    expect(durationProblem('0s', max)).toBe('a planned time must be more than zero; got "0s"');
    expect(durationProblem('10h', max)).toBe('a planned time of "10h" is longer than the 1h allowed here; check for a typo');
    expect(durationProblem('61m', max)).toMatch(/longer than the 1h/);
    expect(durationProblem(90, max)).toBe('a planned time needs its unit: write "1m30s" for 90 seconds or "1h30m" for 90 minutes');
    expect(durationProblem(true, max)).toMatch(/^expected a planned time/);
  });
});

describe('formatting', () => {
  it('shows running times as a clock, with a sign when negative', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3727)).toBe('1:02:07');
    expect(formatClock(-90)).toBe('-1:30');
  });

  it('reads short in both languages and spelled out in each', () => {
    expect(formatDuration(120, 'en')).toBe('2 min');
    expect(formatDuration(90, 'es')).toBe('1 min 30 s');
    expect(formatDuration(45, 'en')).toBe('45 s');
    expect(formatDuration(3900, 'en')).toBe('1 h 5 min');
    expect(formatDuration(0, 'es')).toBe('0 s');
    expect(formatDuration(-150, 'en')).toBe('2 min 30 s');
    expect(formatDuration(90, 'en', 'long')).toBe('1 minute 30 seconds');
    expect(formatDuration(90, 'es', 'long')).toBe('1 minuto 30 segundos');
    expect(formatDuration(3720, 'es', 'long')).toBe('1 hora 2 minutos');
    expect(formatDuration(1, 'es', 'long')).toBe('1 segundo');
  });
});
