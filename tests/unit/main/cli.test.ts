// The `puente` command as a user runs it: the built CLI in a child process, its output and exit codes.
import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const run = (...args: string[]) => spawnSync('node', [join(root, 'bin/puente.cjs'), ...args], { cwd: root, encoding: 'utf8' });


test('validate accepts the bundled briefing and exits 0', () => {
  const r = run('validate');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^ok: .*ca-mx-spp.*5 topics/);
});

test('validate lists every error with file:line:col and exits 1', () => {
  const r = run('validate', 'tests/fixtures/packs/broken-layout');
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('broken-layout/briefing.yaml:15:17 topics[0].slides[0].layout: expected one of title');
  expect(r.stderr).toContain('unknown key "colour"');
});

test('export writes a PDF in Spanish and reports its page count', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'b.pdf');
  const r = run('export', '--out', out, '--lang', 'es');
  expect(r.status).toBe(0);
  // Cover, contents, 18 slides (the two backup slides left out), the sources appendix.
  expect(r.stdout).toMatch(/\(21 pages\)/);
  expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Protección');
});

test('export of one topic contains only that topic', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'b.pdf');
  const r = run('export', '--out', out, '--topics', 'border');
  expect(r.status).toBe(0);
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
  expect(text).toContain('35,065');
  expect(text).not.toContain('137.9');
});

test('export takes a layout, both languages, A4 paper and speaker notes', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'h.pdf');
  const r = run('export', '--out', out, '--layout', 'handout-3', '--lang', 'both', '--paper', 'a4', '--notes', '--topics', 'border,partnership');
  expect(r.status, r.stderr).toBe(0);
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Protecting the border');
  expect(text).toContain('Protección de la frontera');
  expect(text).toContain('This briefing summarizes');
  // Topics in the order given: the border before the partnership.
  expect(text.indexOf('Over 400 servicemembers deployed statewide')).toBeLessThan(text.indexOf('The State Partnership Program: long-term security cooperation'));
});

test('export with SOURCE_DATE_EPOCH writes the same bytes twice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
  for (const name of ['a.pdf', 'b.pdf']) {
    const r = spawnSync('node', [join(root, 'bin/puente.cjs'), 'export', '--out', join(dir, name), '--layout', 'handout-6'], { cwd: root, encoding: 'utf8', env });
    expect(r.status, r.stderr).toBe(0);
  }
  expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
});

test('export into a missing folder fails with a clear message and exit 1, leaving nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  const r = run('export', '--out', join(dir, 'nope', 'b.pdf'));
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^Export failed: .*nope/);
  expect(readdirSync(dir)).toEqual([]);
});

// Issue 10: --out onto something that is not a plain file. A link is written through and kept; anything else is refused.
test('export through a symbolic link replaces the file it leads to and keeps the link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  mkdirSync(join(dir, 'shared'));
  writeFileSync(join(dir, 'shared', 'brief.pdf'), 'stale');
  symlinkSync(join(dir, 'shared', 'brief.pdf'), join(dir, 'link.pdf'));
  const r = run('export', '--out', join(dir, 'link.pdf'), '--topics', 'border');
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^wrote .*link\.pdf \(\d+ pages\)/);
  expect(lstatSync(join(dir, 'link.pdf')).isSymbolicLink()).toBe(true);
  expect(execFileSync('pdftotext', [join(dir, 'shared', 'brief.pdf'), '-'], { encoding: 'utf8' })).toContain('35,065');
  expect(readdirSync(join(dir, 'shared'))).toEqual(['brief.pdf']);
});

test('export through a dangling symbolic link creates the file it names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  symlinkSync('first.pdf', join(dir, 'latest.pdf'));
  const r = run('export', '--out', join(dir, 'latest.pdf'), '--topics', 'border');
  expect(r.status, r.stderr).toBe(0);
  expect(readlinkSync(join(dir, 'latest.pdf'))).toBe('first.pdf');
  expect(readFileSync(join(dir, 'first.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
});

test('export onto a named pipe is refused with exit 1, never opening it and leaving it a pipe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  const fifo = join(dir, 'b.pdf');
  execFileSync('mkfifo', [fifo]);
  // A reader opened without waiting: were the pipe ever opened to write, the open could not hang this test.
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const r = run('export', '--out', fifo);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('wrote');
    expect(r.stderr.trim()).toBe(`Export failed: Cannot write ${fifo}: it is a named pipe, not a plain file; choose another file name`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['b.pdf']);
  } finally {
    closeSync(reader);
  }
});

test('export onto a folder is refused with exit 1 and leaves the folder alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  mkdirSync(join(dir, 'b.pdf'));
  const r = run('export', '--out', join(dir, 'b.pdf'));
  expect(r.status).toBe(1);
  expect(r.stdout).not.toContain('wrote');
  expect(r.stderr.trim()).toBe(`Export failed: Cannot write ${join(dir, 'b.pdf')}: it is a folder, not a plain file; choose another file name`);
  expect(readdirSync(join(dir, 'b.pdf'))).toEqual([]);
});

test.each([
  [['export'], 'export needs --out'],
  [['export', '--out', 'x.pdf', '--lang', 'fr'], '--lang must be one of en, es, both; got "fr"'],
  [['export', '--out', 'x.pdf', '--paper', 'legal'], '--paper must be one of letter, a4; got "legal"'],
  [['export', '--out', 'x.pdf', '--backup', 'maybe'], '--backup must be include or exclude; got "maybe"'],
  [['export', '--out', 'x.pdf', '--layout', 'handout-6', '--notes'], '--notes does not fit the handout-6 layout'],
  [['export', '--out', 'x.pdf', '--layout', 'poster'], '--layout must be one of slides, handout-1'],
  [['export', '--out', 'x.pdf', '--topics', 'nope'], 'no topic "nope"'],
  [['frobnicate'], 'unknown command "frobnicate"'],
])('usage error %j exits 2 with "%s"', (args, message) => {
  const r = run(...args);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(message);
  expect(existsSync(join(root, 'x.pdf'))).toBe(false);
});

test('schema prints the JSON Schema of the format', () => {
  const r = run('schema');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).title).toBe('Puente briefing pack');
});

test('the code cache beside the bundle is written once, reused, and a damaged one is ignored', () => {
  const dir = join(root, 'out', 'main');
  const caches = () => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
  expect(run('schema').status).toBe(0);
  const [cache] = caches();
  expect(cache).toMatch(/^cli\.cjs\.\d+-\d+-v[\d.]+\.v8cache$/);
  const bytes = readFileSync(join(dir, cache!));
  expect(run('schema').status).toBe(0);
  expect(caches()).toEqual([cache]);
  writeFileSync(join(dir, cache!), 'not a code cache');
  const r = run('validate');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^ok: /);
  // The rejected cache is replaced by a good one.
  expect(readFileSync(join(dir, cache!)).length).toBeGreaterThan(bytes.length / 4);
});

describe('export tells what validate tells, for what it prints', () => {
  const packWith = (title: string, extra = ''): string => {
    const dir = mkdtempSync(join(tmpdir(), 'puente-cli-warn-'));
    writeFileSync(
      join(dir, 'briefing.yaml'),
      `puente: 1\nmeta:\n  title: T\n  organization: O\n  languages: [en, es]\ntopics:\n  - id: a\n    title: { en: A, es: A }\n    slides:\n      - { id: s, layout: title, title: ${title} }\n${extra}`,
    );
    return dir;
  };

  test('a character no font can draw is a placed warning on stderr; the PDF is still written', () => {
    const dir = packWith('{ en: "Logo \\U0010FFFD", es: "Logo" }');
    const out = join(dir, 'x.pdf');
    const r = run('export', dir, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/briefing\.yaml:10:\d+ topics\[0\]\.slides\[0\]\.title\.en: warning: no font can draw/);
    expect(r.stdout).toMatch(/1 warning\(s\) above/);
    expect(existsSync(out)).toBe(true);
  });

  test('--strict refuses it and writes nothing', () => {
    const dir = packWith('{ en: "Logo \\U0010FFFD", es: "Logo" }');
    const out = join(dir, 'x.pdf');
    const r = run('export', dir, '--out', out, '--strict');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Not exported (--strict): 1 warning(s)');
    expect(existsSync(out)).toBe(false);
  });

  test('a missing translation is told only when that language is printed', () => {
    const dir = packWith('{ en: Only English }');
    expect(run('export', dir, '--out', join(dir, 'en.pdf')).stderr).not.toContain('missing Spanish');
    expect(run('export', dir, '--out', join(dir, 'es.pdf'), '--lang', 'es').stderr).toContain('missing Spanish (es) translation');
    expect(run('export', dir, '--out', join(dir, 'both.pdf'), '--lang', 'both').stderr).toContain('missing Spanish (es) translation');
  });

  test('text printed cut is told at its field; --strict refuses and leaves the previous file untouched', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const dir = packWith(`"${long}"`);
    const out = join(dir, 'x.pdf');
    const r = run('export', dir, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/briefing\.yaml:10:\d+ topics\[0\]\.slides\[0\]\.title: warning: does not fit its box in the slides PDF and is printed cut with "…"/);
    writeFileSync(out, 'the previous export');
    const strict = run('export', dir, '--out', out, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('would be printed cut');
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

test('export --layout run-sheet prints one page with the start time, the slot and each topic timed from the start', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'run.pdf');
  const r = run('export', '--out', out, '--layout', 'run-sheet', '--lang', 'es', '--topics', 'border,partnership', '--start', '14:30', '--slot', '10m');
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/\(1 page\)/);
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Inicio: 14:30');
  expect(text).toContain('Tiempo asignado: 10 min');
  expect(text).toMatch(/1 Protección de la frontera .*14:30–/);
  expect(text).toContain('Diapositivas de reserva para preguntas');
});

test('export refuses a bad --start or --slot, and either on another layout, as usage errors', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'run.pdf');
  for (const [args, message] of [
    [['--layout', 'run-sheet', '--start', '25:00'], '--start: expected a 24-hour time like "14:30"'],
    [['--layout', 'run-sheet', '--start', '2:30pm'], '--start: expected a 24-hour time'],
    [['--layout', 'run-sheet', '--slot', '10'], '--slot: expected a planned time like "90s"'],
    [['--layout', 'brief', '--start', '14:30'], '--start and --slot apply to the run-sheet layout only'],
  ] as const) {
    const r = run('export', '--out', out, ...args);
    expect(r.status, args.join(' ')).toBe(2);
    expect(r.stderr).toContain(message);
  }
  expect(existsSync(out)).toBe(false);
});
