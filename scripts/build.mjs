// Builds everything into out/: the renderer with Vite, the main side (Electron shell, preload, CLI, bench) with esbuild.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const only = process.argv[2]; // "main" | "renderer" | undefined (both)

if (!only || only === 'renderer') {
  rmSync('out/renderer', { recursive: true, force: true });
  await viteBuild({ configFile: 'renderer/vite.config.mts', logLevel: 'warn' });
  // The HTML deck: the same renderer in one self-contained file, which `--format html` fills (main/html/export.ts).
  await viteBuild({ configFile: 'renderer/deck/vite.config.mts', logLevel: 'warn' });
}

// fontkit reads WOFF2 with the brotli package: 1.4 MB, a third of each bundle, parsed and initialised (its
// dictionary decoded) on every run. Puente opens only TTF/OTF/TTC files (main/fonts/), never WOFF2: leave it out.
const noWoff2 = {
  name: 'no-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli-decompress', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "module.exports = () => { throw new Error('WOFF2 fonts are not supported'); };",
      loader: 'js',
    }));
  },
};

// pdfkit imports @noble/ciphers' AES for encrypted PDFs, which Puente never writes; the module builds its lookup
// tables when it loads (4-15 ms of every `puente export` in CPU profiles, issue 14). Load it on first use instead.
const lazyAes = {
  name: 'lazy-aes',
  setup(b) {
    b.onResolve({ filter: /^@noble\/ciphers\/aes$/ }, () => ({ path: 'lazy-aes', namespace: 'lazy-aes' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-aes' }, () => ({
      // '@noble/ciphers/aes.js' is the same module under its other export name, which this filter lets through.
      contents: "const aes = () => require('@noble/ciphers/aes.js');\n" +
        'module.exports = { cbc: (...a) => aes().cbc(...a), ecb: (...a) => aes().ecb(...a) };',
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

// fontkit builds its Arabic, Indic and Universal shapers' Unicode tables, and unicode-properties its table, when
// they load: each a base64 string decoded and inflated (the shapers' three, a few ms of every `puente export`,
// issue 14), though Latin text never asks the shapers' tables. Build each table on its first lookup instead; `get`
// is the only thing those modules ask of a table (checked below). (unicode-properties' table is asked by fontkit's
// glyph lookup in every export, and linebreak's by pdfkit's line wrapping: theirs are still built, on first use.)
const TRIE = /new \(0, (\$\w+\$unicodetrie)\)\(((?:\(0, [\w$]+\)|\(0, [\w$]+\)\.toByteArray)\("[A-Za-z0-9+/=]+"\))\)/g;
const lazyTries = {
  name: 'lazy-unicode-tries',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/](fontkit|unicode-properties)[\\/]dist[\\/]module\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      let count = 0;
      const contents = source.replace(TRIE, (_, ctor, data) => {
        count++;
        return `__puenteLazyTrie(() => new (0, ${ctor})(${data}))`;
      });
      const uses = [...contents.matchAll(/\$var\$trie\.(\w+)/g)].map((m) => m[1]);
      if (count === 0 || uses.some((u) => u !== 'get')) throw new Error(`lazy-unicode-tries: ${args.path} no longer has the shape this build expects`);
      return {
        contents: contents + '\nfunction __puenteLazyTrie(make) { let trie; return { get: (c) => (trie ??= make()).get(c) }; }\n',
        loader: 'js',
      };
    });
  },
};

if (!only || only === 'main') {
  // Code caches of the previous CLI bundle (bin/puente.cjs) are stale now, and so may be its shaping cache
  // (main/pdf/shaping-cache.ts: versioned by release, but a change to the text pipeline between releases is not).
  if (existsSync('out/main')) for (const f of readdirSync('out/main')) if (f.endsWith('.v8cache') || /^shaping-.*\.json$/.test(f)) rmSync(`out/main/${f}`);
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    // pdfkit and fontkit are bundled: resolving their dozens of modules cost a whole-process `puente export` more
    // time than drawing the PDF.
    external: ['electron', 'esbuild', 'playwright-core', '@playwright/test'],
    // import() becomes require(): pptxgenjs loads node:fs with import(), which the CLI's code-cached vm.Script
    // (bin/puente.cjs) cannot run.
    supported: { 'dynamic-import': false },
    plugins: [noWoff2, lazyAes, lazyTries],
  };
  const entries = [
    ['main/app.ts', 'out/main/app.cjs'],
    ['main/preload.ts', 'out/main/preload.cjs'],
    ['main/export-worker.ts', 'out/main/export-worker.cjs'],
    ['main/cli.ts', 'out/main/cli.cjs'],
    ['bench/run.ts', 'out/bench/run.cjs'],
  ].filter(([src]) => existsSync(src));
  // pdfkit is the only bundled module reading import.meta.url: to find its colour profile and its standard-font
  // files, which stay in node_modules/pdfkit. Point it there. Not for the sandboxed preload, which bundles no pdfkit.
  const nodeEntry = {
    define: { 'import.meta.url': '__pdfkitUrl' },
    banner: { js: '"use strict";\n' + "const __pdfkitUrl = require('node:url').pathToFileURL(require.resolve('pdfkit')).href;" },
  };
  await Promise.all(
    entries.map(([src, outfile]) => esbuild({ ...common, ...(src === 'main/preload.ts' ? {} : nodeEntry), entryPoints: [src], outfile })),
  );
}
