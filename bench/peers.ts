// Makes it possible to see how fast `puente export` is next to the tools a user would reach for instead (issue 14):
// Marp CLI (Markdown slides through Chromium), Typst (the typst.ts native compiler) and a naive pdfkit script, on
// equivalent 20- and 200-slide decks. Every command is a whole process, taken in turn in one run (round robin), so a
// busy machine slows all of them alike; the table gives medians and Puente's time as a ratio to each peer's.
// The peers are installed from the npm registry into a cache folder on the first `npm run bench -- --peers`, never by
// a test. Marp needs a Chromium: CHROME_PATH, else /usr/bin/chromium when it exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { appRoot, bundledBriefingPath, fontsDir } from '../main/paths';
import { syntheticBriefing, writeSyntheticPack } from './synthetic-pack';

/** Peer versions measured; the registry's current ones when this was written. */
const PEERS = ['@marp-team/marp-cli@4.5.1', '@myriaddreamin/typst-ts-node-compiler@0.7.0'];
const ROUNDS = 7;
const SIZES = [20, 200] as const;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

/** The cache folder holding the peers (node_modules/.cache, which npm and git leave alone). */
const peerDir = (): string => join(appRoot(), 'node_modules', '.cache', 'puente-bench-peers');

// A Typst compile as a user's script runs it: one process, the deck file in, the PDF out, Source Sans 3 as the font.
const TYPST_SCRIPT = `const { readFileSync, writeFileSync } = require('node:fs');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [input, output, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] });
writeFileSync(output, compiler.pdf({ mainFileContent: readFileSync(input, 'utf8') }));
`;

// The naive pdfkit script: each slide's title and lines on a 16:9 page, no fitting, tagging or fallback fonts.
const PDFKIT_SCRIPT = `const { createWriteStream, readFileSync } = require('node:fs');
const { join } = require('node:path');
const PDFDocument = require(process.argv[5]);
const [input, output, fonts] = process.argv.slice(2);
const doc = new PDFDocument({ size: [960, 540], margin: 48, autoFirstPage: false });
doc.pipe(createWriteStream(output));
doc.registerFont('regular', join(fonts, 'SourceSans3-Regular.ttf'));
doc.registerFont('bold', join(fonts, 'SourceSans3-Bold.ttf'));
for (const slide of JSON.parse(readFileSync(input, 'utf8'))) {
  doc.addPage();
  doc.font('bold').fontSize(32).text(slide[0]);
  doc.font('regular').fontSize(20);
  for (const line of slide.slice(1)) doc.text('• ' + line);
}
doc.end();
`;

/** Installs the peers into the cache folder unless they are there; returns the folder. */
export function installPeers(): string {
  const dir = peerDir();
  const marp = join(dir, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js');
  const typst = join(dir, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler', 'package.json');
  if (!existsSync(marp) || !existsSync(typst)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    console.log(`installing ${PEERS.join(', ')} into ${dir} (npm registry)…`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', ...PEERS], { cwd: dir, stdio: 'inherit' });
  }
  writeFileSync(join(dir, 'typst-pdf.cjs'), TYPST_SCRIPT);
  writeFileSync(join(dir, 'pdfkit-pdf.cjs'), PDFKIT_SCRIPT);
  return dir;
}

/** Each slide of the synthetic deck of `n` slides as its English lines: the title first, then every other text. */
export function deckLines(n: number): string[][] {
  const english = (v: unknown, out: string[]): void => {
    if (typeof v === 'string') return;
    if (Array.isArray(v)) v.forEach((x) => english(x, out));
    else if (v !== null && typeof v === 'object') {
      const r = v as Record<string, unknown>;
      if (typeof r['en'] === 'string') out.push(r['en']);
      else for (const [k, x] of Object.entries(r)) if (k !== 'id' && k !== 'layout' && k !== 'source') english(x, out);
    }
  };
  return syntheticBriefing({ slides: n }).topics.flatMap((t) =>
    t.slides.map((s) => {
      const lines: string[] = [];
      english(s, lines);
      return lines;
    }),
  );
}

const typstEscape = (s: string): string => s.replace(/[\\#$*_`<>@=[\]~/-]/g, (c) => `\\${c}`);
const markdownEscape = (s: string): string => s.replace(/[\\`*_[\]<>#|-]/g, (c) => `\\${c}`);

/** Typst source for the deck: 16:9 pages, Source Sans 3, a heading and a list per slide. */
export function typstDeck(slides: string[][]): string {
  const head = '#set page(width: 960pt, height: 540pt, margin: 48pt)\n#set text(font: "Source Sans 3", size: 20pt)\n';
  return head + slides.map(([title = '', ...lines]) => `= ${typstEscape(title)}\n${lines.map((l) => `- ${typstEscape(l)}`).join('\n')}\n`).join('#pagebreak()\n');
}

/** Marp Markdown for the deck: a heading and a list per slide. */
export function marpDeck(slides: string[][]): string {
  return '---\nmarp: true\n---\n\n' + slides.map(([title = '', ...lines]) => `# ${markdownEscape(title)}\n\n${lines.map((l) => `- ${markdownEscape(l)}`).join('\n')}\n`).join('\n---\n\n');
}

interface Command { name: string; run: () => void }

/** Runs a command as a whole process; throws with its output when it fails. */
function runner(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): () => void {
  return () => {
    const r = spawnSync(file, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  };
}

/** Medians of each command, taking them in turn for `rounds` rounds. */
function roundRobin(commands: Command[], rounds: number): Map<string, number> {
  const times = new Map(commands.map((c) => [c.name, [] as number[]]));
  for (const c of commands) c.run(); // once each, untimed: disk caches warm, failures show before the timing
  for (let r = 0; r < rounds; r++) {
    for (const c of commands) {
      const t = performance.now();
      c.run();
      times.get(c.name)!.push(performance.now() - t);
    }
  }
  return new Map([...times].map(([k, v]) => [k, median(v)]));
}

/** The peers' round robin; prints the ratio table as Markdown (for the README) and returns it. */
export function peerTimes(): string {
  const peers = installPeers();
  const work = mkdtempSync(join(tmpdir(), 'puente-peers-'));
  const bin = join(appRoot(), 'bin', 'puente.cjs');
  const chrome = process.env['CHROME_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const marpEnv = { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) };
  const pdfkit = require.resolve('pdfkit', { paths: [appRoot()] });
  const warmCache = join(work, 'warm-cache');
  const commands: Command[] = [];
  for (const n of SIZES) {
    const slides = deckLines(n);
    const typ = join(work, `deck-${n}.typ`);
    const md = join(work, `deck-${n}.md`);
    const json = join(work, `deck-${n}.json`);
    writeFileSync(typ, typstDeck(slides));
    writeFileSync(md, marpDeck(slides));
    writeFileSync(json, JSON.stringify(slides));
    // 20 slides: the bundled briefing (its 20 slides, cover, contents and sources); 200: the synthetic pack.
    const pack = n === 20 ? bundledBriefingPath() : writeSyntheticPack(join(work, `pack-${n}`), { slides: n });
    const puente = (cache: () => string) => () => runner(process.execPath, [bin, 'export', pack, '--out', join(work, `puente-${n}.pdf`)], { ...process.env, PUENTE_CACHE_DIR: cache() })();
    commands.push(
      // Cold: a shaping cache never seen before (the V8 code cache, a build product, is in place as after install).
      { name: `puente-${n}-cold`, run: puente(() => mkdtempSync(join(work, 'cold-'))) },
      { name: `puente-${n}-warm`, run: puente(() => warmCache) },
      { name: `marp-${n}`, run: runner(process.execPath, [join(peers, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js'), md, '--pdf', '-o', join(work, `marp-${n}.pdf`), '--allow-local-files'], marpEnv) },
      { name: `typst-${n}`, run: runner(process.execPath, [join(peers, 'typst-pdf.cjs'), typ, join(work, `typst-${n}.pdf`), fontsDir()]) },
      { name: `pdfkit-${n}`, run: runner(process.execPath, [join(peers, 'pdfkit-pdf.cjs'), json, join(work, `pdfkit-${n}.pdf`), fontsDir(), pdfkit]) },
    );
  }
  const medians = roundRobin(commands, ROUNDS);
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const rows = ['| peer | slides | peer\'s time | Puente cold ÷ peer | Puente warm ÷ peer |', '|---|---|---|---|---|'];
  for (const n of SIZES) {
    const cold = medians.get(`puente-${n}-cold`)!;
    const warm = medians.get(`puente-${n}-warm`)!;
    rows.push(`| Puente itself | ${n} | cold ${s(cold)}, warm ${s(warm)} | 1 | 1 |`);
    for (const [peer, label] of [['marp', 'Marp CLI (Chromium)'], ['typst', 'Typst (typst.ts native compiler)'], ['pdfkit', 'a naive pdfkit script']] as const) {
      const t = medians.get(`${peer}-${n}`)!;
      rows.push(`| ${label} | ${n} | ${s(t)} | ${(cold / t).toFixed(2)} | ${(warm / t).toFixed(2)} |`);
    }
  }
  const table = `Whole processes, medians of ${ROUNDS} round-robin rounds, ${new Date().toISOString().slice(0, 10)}:\n\n${rows.join('\n')}`;
  console.log(table);
  return table;
}
