#!/usr/bin/env node
// The `puente` command: runs the built CLI, or says how to build it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'out', 'main', 'cli.cjs');
if (!existsSync(cli)) {
  console.error('puente: the command-line tool is not built yet. Run `npm run build` first.');
  process.exit(2);
}
require(cli);
