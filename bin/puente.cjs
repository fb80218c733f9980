#!/usr/bin/env node
// The `puente` command: runs the built CLI, or says how to build it.
// The bundle is compiled through a V8 code cache kept beside it: compiling 3 MB of JavaScript on every run cost a
// whole-process `puente export` about a tenth of its time. The cache is keyed by the bundle's size and mtime (V8's
// own check does not look at the content), written after the first run, and simply skipped when it cannot be used.
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const { Script } = require('node:vm');

const cli = join(__dirname, '..', 'out', 'main', 'cli.cjs');
if (!existsSync(cli)) {
  console.error('puente: the command-line tool is not built yet. Run `npm run build` first.');
  process.exit(2);
}

const { size, mtimeMs } = statSync(cli);
const cacheFile = `${cli}.${size}-${Math.floor(mtimeMs)}-${process.version}.v8cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(readFileSync(cli, 'utf8')), { filename: cli, cachedData });
const mod = new Module(cli, module);
mod.filename = cli;
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so the functions the run compiled are in the cache too.
  process.once('exit', () => {
    try {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A read-only install: run without a cache.
    }
  });
}
script.runInThisContext()(mod.exports, Module.createRequire(cli), mod, cli, dirname(cli));
