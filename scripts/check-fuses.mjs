// Reads the fuses back from packaged Puente binaries and compares them with electron-builder.yml's `electronFuses`,
// through the same mapping electron-builder uses to flip them (PlatformPackager.generateFuseConfig) and the reader
// of @electron/fuses (getCurrentFuseWire). CI runs it after `npm run dist` (.github/workflows/desktop.yml):
//   node scripts/check-fuses.mjs dist/linux-unpacked/puente dist/win-unpacked/Puente.exe dist/mac-arm64/Puente.app
// Exit 1 when a fuse differs from the config or a binary cannot be read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

/** `electronFuses` from electron-builder.yml as electron-builder hands it to flipFuses: { [fuseIndex]: boolean }. */
export async function expectedFuses(electronFuses) {
  require('app-builder-lib'); // its modules import each other: load the index first
  const { PlatformPackager } = require('app-builder-lib/out/platformPackager');
  const config = await PlatformPackager.prototype.generateFuseConfig.call({}, electronFuses);
  return Object.fromEntries(Object.entries(config).filter(([k]) => /^\d+$/.test(k)));
}

/**
 * The fuses whose state in `wire` (@electron/fuses FuseState bytes by index) is not what `expected` asks for, as
 * sentences. `names` maps an index to its name (FuseV1Options); `enable`/`disable` are the two FuseState bytes.
 */
export function fuseMismatches(expected, wire, { names, enable, disable }) {
  const problems = [];
  for (const [index, on] of Object.entries(expected)) {
    const want = on ? enable : disable;
    if (wire[index] !== want) problems.push(`${names[index] ?? `fuse ${index}`} is ${wire[index] === undefined ? 'missing' : wire[index] === enable ? 'enabled' : wire[index] === disable ? 'disabled' : `in state ${wire[index]}`}, expected ${on ? 'enabled' : 'disabled'}`);
  }
  return problems;
}

/** Checks one packaged binary (a Linux executable, Puente.exe, or Puente.app); returns the problems found. */
export async function checkFuses(binary, configFile = 'electron-builder.yml') {
  const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
  const { FuseState } = require('@electron/fuses/dist/constants'); // not re-exported by the index (1.8.0)
  const config = parse(readFileSync(configFile, 'utf8'));
  const expected = await expectedFuses(config.electronFuses ?? {});
  const wire = await getCurrentFuseWire(binary);
  return fuseMismatches(expected, wire, { names: FuseV1Options, enable: FuseState.ENABLE, disable: FuseState.DISABLE });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const binaries = process.argv.slice(2);
  if (binaries.length === 0) {
    console.error('usage: node scripts/check-fuses.mjs BINARY…');
    process.exit(2);
  }
  let failed = false;
  for (const binary of binaries) {
    try {
      const problems = await checkFuses(binary);
      console.log(problems.length ? `${binary}: FUSES WRONG\n  ${problems.join('\n  ')}` : `${binary}: fuses as in electron-builder.yml`);
      failed ||= problems.length > 0;
    } catch (err) {
      console.error(`${binary}: cannot read fuses: ${err instanceof Error ? err.message : String(err)}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
