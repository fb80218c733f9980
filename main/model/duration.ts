// Planned times as a pack writes them ("90s", "2m", "1m30s", "1h15m") and as people read them: one parser, one
// reason a written time is refused, and the ways the app shows a number of seconds.
import type { Lang } from './schema';

/** The longest planned time a slide (or the default per slide) may have, in seconds: longer is surely a typo. */
export const MAX_SLIDE_SECONDS = 60 * 60;
/** The longest planned time a topic may have, in seconds. */
export const MAX_TOPIC_SECONDS = 4 * 60 * 60;

/** What a pack may write: hours, minutes, seconds, each at most once and in that order; at least one. */
export const DURATION_PATTERN = '^(?=\\d)(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$';
const WRITTEN = new RegExp(DURATION_PATTERN);

/** Seconds in a planned time written as the pack format says ("90s", "2m", "1m30s", "1h5m"); null when it is not one. */
export function parseDuration(text: string): number | null {
  const m = WRITTEN.exec(text.trim());
  if (!m) return null;
  const [h, min, s] = [m[1], m[2], m[3]].map((x) => (x === undefined ? 0 : Number(x))) as [number, number, number];
  // "1m90s" is a slip for "2m30s"; a lone "90s" or "90m" is how people say it.
  if ((m[1] !== undefined || m[2] !== undefined) && s >= 60) return null;
  if (m[1] !== undefined && min >= 60) return null;
  return h * 3600 + min * 60 + s;
}

/** How a number of seconds is written in a pack: "90s" → "1m30s", 120 → "2m", 3900 → "1h5m". */
export function durationCode(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const out = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
  return out || '0s';
}

const UNIT_WORDS: [RegExp, string][] = [
  [/^(h|hr|hrs|hour|hours|hora|horas)$/, 'h'],
  [/^(m|min|mins|minute|minutes|minuto|minutos)$/, 'm'],
  [/^(s|sec|secs|second|seconds|seg|segundo|segundos)$/, 's'],
];

/**
 * Seconds in a time written loosely ("2 minutes", "1.5m", "1 min 30 sec", "1:30"), for suggesting how to write it;
 * null when it cannot be read even so. Never used to accept a pack: the format has one way to write a time.
 */
function looseSeconds(text: string): number | null {
  const t = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const parts = [...t.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-z]+)\s*(?:and\s+|y\s+)?/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('').trim() !== t.replace(/\s+$/, '')) return null;
  let total = 0;
  for (const [, n, word] of parts) {
    const unit = UNIT_WORDS.find(([re]) => re.test(word!))?.[1];
    if (!unit) return null;
    total += Number(n!.replace(',', '.')) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
  }
  return Math.round(total);
}

/**
 * Why `value` is not a planned time of at most `maxSeconds`, as a sentence fragment for a placed problem; null when
 * it is one. Covers every way a pack gets it wrong: no unit, words, a minus sign, zero, far too long.
 */
export function durationProblem(value: unknown, maxSeconds: number): string | null {
  const like = 'a planned time like "90s", "2m" or "1m30s"';
  if (typeof value === 'number') {
    if (value < 0) return `a planned time cannot be negative; got ${value}`;
    return `a planned time needs its unit: write "${durationCode(value)}" for ${value} seconds or "${durationCode(value * 60)}" for ${value} minutes`;
  }
  if (typeof value !== 'string') return `expected ${like}`;
  const text = value.trim();
  if (/^-/.test(text)) return `a planned time cannot be negative; got ${JSON.stringify(value)}`;
  const seconds = parseDuration(text);
  if (seconds === null) {
    const loose = looseSeconds(text);
    const hint = loose !== null && loose > 0 ? ` (write "${durationCode(loose)}")` : '';
    return `expected ${like}; got ${JSON.stringify(value)}${hint}`;
  }
  if (seconds === 0) return `a planned time must be more than zero; got ${JSON.stringify(value)}`;
  if (seconds > maxSeconds) {
    return `a planned time of ${JSON.stringify(value)} is longer than the ${durationCode(maxSeconds)} allowed here; check for a typo`;
  }
  return null;
}

/** "4:07", "0:45", "1:04:07": a running time, as timers show it. Negative times keep their sign: "-1:30". */
export function formatClock(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.floor(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const ss = String(total % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

const WORDS: Record<Lang, { h: [string, string]; min: [string, string]; s: [string, string] }> = {
  en: { h: ['hour', 'hours'], min: ['minute', 'minutes'], s: ['second', 'seconds'] },
  es: { h: ['hora', 'horas'], min: ['minuto', 'minutos'], s: ['segundo', 'segundos'] },
};

/**
 * A planned time for reading: "2 min", "1 min 30 s", "45 s", "1 h 5 min" (`short`, the same symbols in both
 * languages), or spelled out for screen readers: "1 minute 30 seconds" / "1 minuto 30 segundos" (`long`).
 * Rounded to the second; negative times are given by their size.
 */
export function formatDuration(seconds: number, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  const word = (n: number, unit: keyof (typeof WORDS)['en'], symbol: string) =>
    style === 'short' ? `${n} ${symbol}` : `${n} ${WORDS[lang][unit][n === 1 ? 0 : 1]}`;
  if (h) parts.push(word(h, 'h', 'h'));
  if (m) parts.push(word(m, 'min', 'min'));
  if (s || parts.length === 0) parts.push(word(s, 's', 's'));
  return parts.join(' ');
}
