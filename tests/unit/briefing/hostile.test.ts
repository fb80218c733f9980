// Specification of the loader against hostile packs (tests/fixtures/hostile/README.md): every case ends 'loaded' or
// 'invalid' with placed messages, without throwing, without reading any file outside the pack, and in time that grows
// no faster than the pack (checked against a reference workload in the same test, in CPU time: never a wall-clock
// bound, which a busy machine would break).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBriefing, type LoadOutcome } from '../../../main/briefing/load';
import { MAX_IMAGE_BYTES } from '../../../main/briefing/check-images';
import { formatProblem } from '../../../main/model/problems';
import { appRoot, fontsDir } from '../../../main/paths';

// Every path the loader opens or reads, through node:fs and node:fs/promises (the only ways main/ reads files).
const reads = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const spy = <F extends (...args: never[]) => unknown>(f: F): F =>
    ((...args: Parameters<F>) => {
      reads.push(String(args[0]));
      return f(...args);
    }) as F;
  const wrapped = { ...real, readFile: spy(real.readFile), open: spy(real.open), opendir: spy(real.opendir), readdir: spy(real.readdir) };
  return { ...wrapped, default: wrapped };
});
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const spy = <F extends (...args: never[]) => unknown>(f: F): F =>
    ((...args: Parameters<F>) => {
      reads.push(String(args[0]));
      return f(...args);
    }) as F;
  const wrapped = { ...real, readFileSync: spy(real.readFileSync), openSync: spy(real.openSync), createReadStream: spy(real.createReadStream) };
  return { ...wrapped, default: wrapped };
});

const CORPUS = join(appRoot(), 'tests', 'fixtures', 'hostile');
/**
 * Loading ten times the slides may cost at most this many times the CPU: linear work gives ~10, work that grows
 * with the square of the pack (the kind of bug this guards against) gives ~100.
 */
const TEN_TIMES_BOUND = 35;
const within = (root: string, p: string): boolean => {
  const rel = relative(root, resolve(p));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

const work = mkdtempSync(join(tmpdir(), 'puente-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  reads.length = 0;
});

/** CPU time this process spent (user + system), in ms: unlike the wall clock, barely moved by other processes. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Loads a pack, checking the promises every hostile case keeps: no throw and no read outside the pack. */
async function load(dir: string): Promise<{ result: LoadOutcome; cpu: number }> {
  reads.length = 0;
  const start = cpuMs();
  const result = await loadBriefing(dir);
  const cpu = cpuMs() - start;
  // The spies see the loader's own read, so an empty "outside" list means something.
  expect(reads).toContain(join(resolve(dir), 'briefing.yaml'));
  const outside = reads.filter((p) => !within(dir, p) && !within(fontsDir(), p));
  expect(outside, 'files read outside the pack').toEqual([]);
  return { result, cpu };
}

const formatted = (r: LoadOutcome) => ({
  errors: r.status === 'invalid' ? r.errors.map(formatProblem) : [],
  warnings: r.warnings.map(formatProblem),
});

/** Each expected line is the start of the actual one (messages may say more, e.g. a real path). */
function expectLines(actual: string[], expected: string[]): void {
  expect(actual.length, actual.join('\n')).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toContain(e));
}

interface Expected {
  status: 'loaded' | 'invalid';
  errors: string[];
  warnings: string[];
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('the committed corpus', () => {
  it('has a case for every folder and every case is listed in the README', () => {
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
    expect(cases.length).toBeGreaterThan(10);
    for (const name of cases) {
      expect(existsSync(join(CORPUS, name, 'expected.json')), name).toBe(true);
      expect(readme, name).toContain(`\`${name}\``);
    }
  });

  it.each(cases)('%s ends as its expected.json says', async (name) => {
    // Copied out so the pack folder is exactly the case folder, and the repo around it counts as "outside".
    const dir = join(work, name);
    cpSync(join(CORPUS, name), dir, { recursive: true });
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const { result } = await load(dir);
    const { errors, warnings } = formatted(result);
    expect(result.status, errors.join('\n')).toBe(expected.status);
    expectLines(errors, expected.errors);
    expectLines(warnings, expected.warnings);
  });
});

const HEAD = `puente: 1
meta:
  title: Test
  organization: Tests
topics:
  - id: one
    title: One
    slides:
`;
// HEAD is 8 lines; the first slide is on line 9.

function writePack(name: string, yaml: string, files: Record<string, Buffer | string> = {}): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'briefing.yaml'), yaml);
  for (const [rel, content] of Object.entries(files)) writeFileSync(join(dir, rel), content);
  return dir;
}

describe('generated cases (too large or too system-specific to commit)', () => {
  it('an image that is a link to a file outside the pack is refused at its line and column, and the file is not read', async () => {
    const secret = join(work, 'secret.png');
    writeFileSync(secret, readFileSync(join(CORPUS, 'script-html', 'pixel.png')));
    const dir = writePack('image-symlink', `${HEAD}      - { id: a, layout: image, title: A, alt: A, image: link.png }\n`);
    symlinkSync(secret, join(dir, 'link.png'));
    const { result } = await load(dir);
    expect(formatted(result).errors).toEqual([
      `image-symlink/briefing.yaml:9:58 topics[0].slides[0].image: image "link.png" leads outside the pack folder (through a link to ${secret})`,
    ]);
  });

  it('a link to a folder outside the pack does not let an image path through it', async () => {
    const outside = join(work, 'outside-folder');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'x.png'), readFileSync(join(CORPUS, 'script-html', 'pixel.png')));
    const dir = writePack('image-symlink-folder', `${HEAD}      - { id: a, layout: image, title: A, alt: A, image: images/x.png }\n`);
    symlinkSync(outside, join(dir, 'images'));
    const { result } = await load(dir);
    expect(formatted(result).errors).toEqual([
      `image-symlink-folder/briefing.yaml:9:58 topics[0].slides[0].image: image "images/x.png" leads outside the pack folder (through a link to ${join(outside, 'x.png')})`,
    ]);
  });

  it('a 40 MB image is refused by size without being read whole', async () => {
    const dir = writePack('image-huge', `${HEAD}      - { id: a, layout: image, title: A, alt: A, image: huge.png }\n`);
    // Sparse: a PNG signature, then a hole up to 40 MB; nothing is written to disk beyond the first block.
    const handle = await openFile(join(dir, 'huge.png'), 'w');
    await handle.write(readFileSync(join(CORPUS, 'script-html', 'pixel.png')));
    await handle.truncate(40 * 1024 * 1024);
    await handle.close();
    const { result } = await load(dir);
    expect(formatted(result).errors).toEqual([
      `image-huge/briefing.yaml:9:58 topics[0].slides[0].image: image "huge.png" is 40.0 MB; images may be at most ${(MAX_IMAGE_BYTES / 1048576).toFixed(1)} MB (make it smaller)`,
    ]);
  });

  it('a 1 MB title loads', async () => {
    const title = 'Long <b>title</b> '.repeat(Math.ceil(1_048_576 / 18)).slice(0, 1_048_576);
    const dir = writePack('huge-title', HEAD.replace('  title: Test', `  title: "${title}"`) + '      - { id: a, layout: title, title: A }\n');
    const { result } = await load(dir);
    expect(result.status, formatted(result).errors.join('\n')).toBe('loaded');
    if (result.status === 'loaded') expect(result.briefing.meta.title).toBe(title);
  });

  /** A pack of `topics` × `perTopic` bullet slides with markup in their titles. */
  function manySlides(name: string, topics: number, perTopic: number): string {
    const lines: string[] = [];
    for (let t = 0; t < topics; t++) {
      lines.push(`  - id: t${t}`, `    title: Topic ${t}`, '    slides:');
      for (let s = 0; s < perTopic; s++) lines.push(`      - { id: s${t}-${s}, layout: bullets, title: "Slide ${s} <script>", bullets: [one, two], notes: Say it. }`);
    }
    return writePack(name, `${HEAD.slice(0, HEAD.indexOf('topics:'))}topics:\n${lines.join('\n')}\n`);
  }
  const brokenSlides = (name: string, n: number): string =>
    writePack(name, `${HEAD}${Array.from({ length: n }, (_, s) => `      - { id: s${s}, layout: bulets, title: S }`).join('\n')}\n`);

  it('50,000 slides load under 1 GB of extra memory, in CPU time linear in the slides', async () => {
    const reference = await load(manySlides('some-slides', 5, 1000));
    expect(reference.result.status).toBe('loaded');
    const dir = manySlides('many-slides', 50, 1000);
    const before = process.memoryUsage();
    const { result, cpu } = await load(dir);
    const after = process.memoryUsage();
    expect(result.status, formatted(result).errors.slice(0, 3).join('\n')).toBe('loaded');
    if (result.status === 'loaded') expect(result.briefing.topics.reduce((n, t) => n + t.slides.length, 0)).toBe(50_000);
    expect(after.rss - before.rss).toBeLessThan(1024 ** 3);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(1024 ** 3);
    expect(cpu / reference.cpu, `5,000 slides: ${reference.cpu.toFixed(0)} ms CPU; 50,000: ${cpu.toFixed(0)} ms`).toBeLessThan(TEN_TIMES_BOUND);
  });

  it('50,000 broken slides give 50,000 placed errors, in CPU time linear in the slides', async () => {
    const reference = await load(brokenSlides('some-broken-slides', 5_000));
    expect(formatted(reference.result).errors).toHaveLength(5_000);
    const { result, cpu } = await load(brokenSlides('many-broken-slides', 50_000));
    const { errors } = formatted(result);
    expect(errors).toHaveLength(50_000);
    expect(errors[49_999]).toMatch(/^many-broken-slides\/briefing\.yaml:50008:31 topics\[0\]\.slides\[49999\]\.layout: expected one of .* \(did you mean "bullets"\?\)$/);
    expect(cpu / reference.cpu, `5,000 slides: ${reference.cpu.toFixed(0)} ms CPU; 50,000: ${cpu.toFixed(0)} ms`).toBeLessThan(TEN_TIMES_BOUND);
  });

  it.each([
    ['flow lists', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['flow maps', `${'{a: '.repeat(10_000)}x${'}'.repeat(10_000)}`],
    ['block lists', `\n    ${'- '.repeat(10_000)}x`],
  ])('10,000 levels of nested %s are refused as too deep, with a place', async (_, deep) => {
    const dir = writePack('deep-nesting', HEAD.replace('  title: Test', `  title: ${deep}`) + '      - { id: a, layout: title, title: A }\n');
    const { result } = await load(dir);
    const { errors } = formatted(result);
    expect(result.status).toBe('invalid');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^deep-nesting\/briefing\.yaml:\d+:\d+: YAML syntax error: the YAML is nested too deeply to read/);
  });

  it('10,000 levels of indented maps are refused as too deep', async () => {
    // One space per level keeps the file at 50 MB of indentation rather than 100 MB.
    let yaml = '';
    for (let i = 0; i < 10_000; i++) yaml += `${' '.repeat(i)}k:\n`;
    const dir = writePack('deep-block', yaml);
    const { result } = await load(dir);
    expect(result.status).toBe('invalid');
    for (const e of formatted(result).errors) expect(e).toMatch(/^deep-block\/briefing\.yaml:\d+:\d+: YAML syntax error: the YAML is nested too deeply to read/);
  });

  it('nesting just below what the parser refuses still ends as a result, never a throw', async () => {
    for (const depth of [200, 800, 1200, 1600]) {
      const dir = writePack(`nest-${depth}`, HEAD.replace('  title: Test', `  title: ${'{en: '.repeat(depth)}x${'}'.repeat(depth)}`) + '      - { id: a, layout: title, title: A, notes: Hi }\n');
      const { result } = await load(dir);
      expect(result.status).toBe('invalid');
      if (result.status === 'invalid') expect(result.errors[0]?.line).toBe(3);
    }
  });
});
