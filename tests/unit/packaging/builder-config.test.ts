// electron-builder.yml checked against electron-builder's own JSON Schema (shipped in app-builder-lib), so a typo
// or a wrong type fails here rather than on a build machine with a network; nothing is downloaded.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { minimatch } from 'minimatch';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const schema = require('app-builder-lib/scheme.json') as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

const errorsOf = (c: unknown): string[] =>
  validate(c) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

// electron-builder's own code, loaded the way it loads itself (the index first: its modules import each other).
require('app-builder-lib');
const { AppInfo } = require('app-builder-lib/out/appInfo') as {
  AppInfo: { prototype: { computePackageUrl(this: unknown): Promise<string | null> } };
};
const { PlatformPackager } = require('app-builder-lib/out/platformPackager') as {
  PlatformPackager: { prototype: { generateFuseConfig(this: unknown, fuses: unknown): Promise<Record<string, unknown>> } };
};

/** The project URL the deb target needs (FpmTarget: "Please specify project homepage" when this is null). */
const packageUrl = (metadata: Record<string, unknown>) =>
  AppInfo.prototype.computePackageUrl.call({ info: { metadata, repositoryInfo: Promise.resolve(null) }, notNullDevMetadata: metadata });

/** Whether electron-builder's `files` patterns keep `file`: the last pattern that matches decides ("!" excludes). */
function packed(file: string, patterns: readonly string[]): boolean {
  let keep = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (minimatch(file, negated ? p.slice(1) : p, { dot: true })) keep = !negated;
  }
  return keep;
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  test('is valid against electron-builder’s schema', () => {
    expect(errorsOf(config)).toEqual([]);
  });
  test('the schema check fails on a misspelt key and on a wrong type (so the test above can fail)', () => {
    expect(errorsOf({ ...config, electronFuse: { runAsNode: false } }).join('\n')).toMatch(/additional/i);
    expect(errorsOf({ ...config, electronFuses: { runAsNode: 'no' } }).join('\n')).toMatch(/boolean/);
  });
  test('builds the installers the issue names for each platform', () => {
    const targets = (platform: string) => {
      const t = (config[platform] as { target: unknown }).target as (string | { target: string; arch?: string[] })[];
      return t.map((x) => (typeof x === 'string' ? x : `${x.target}:${(x.arch ?? []).join('+')}`));
    };
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('win')).toEqual(['nsis', 'portable']);
    expect(targets('mac')).toEqual(['dmg:x64+arm64']);
    expect(config.appId).toBe('org.puente.briefing');
    expect(config.productName).toBe('Puente');
    expect((config.linux as { category: string }).category).toBe('Office');
  });
  test('packs the built app and the bundled briefing, and associates briefing packs', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['out/**/*', 'assets/**/*', 'package.json']));
    // Exclusions are checked file by file in 'what goes into app.asar' below.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toMatch(/^out\/main\//);
    expect(pkg.scripts.dist).toContain('electron-builder');
    const assoc = (config.fileAssociations as { ext: string[] }[])[0];
    expect(assoc?.ext).toContain('yaml');
  });
});

describe('what electron-builder needs to build every target (issue 11 items 1 and 2)', () => {
  test('the deb target finds a project homepage (electron-builder stops with "Please specify project homepage")', async () => {
    expect(await packageUrl(pkg)).toMatch(/^https:\/\//);
    expect(await packageUrl({ ...pkg, homepage: undefined })).toBeNull(); // the check can fail
  });
  test('deb: the author has an email, or a maintainer is given', () => {
    const author = pkg.author as { email?: string } | undefined;
    expect(author?.email ?? (config.linux as { maintainer?: string }).maintainer).toBeTruthy();
  });
  test('the fuse flip re-signs the macOS app ad hoc, so an unsigned Apple-silicon build is not killed at launch', async () => {
    // generateFuseConfig is what electron-builder hands to @electron/fuses' flipFuses.
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    expect(fuses.resetAdHocDarwinSignature).toBe(true);
  });
});

describe('what goes into app.asar', () => {
  const files = config.files as string[];
  test.each([
    ['out/main/app.cjs', true],
    ['out/main/preload.cjs', true],
    ['out/main/export-worker.cjs', true],
    ['out/renderer/index.html', true],
    ['assets/fonts/SourceSans3-Bold.ttf', true],
    ['assets/briefings/ca-mx-spp/briefing.yaml', true],
    ['package.json', true],
    ['out/main/app.cjs.map', false],
    ['out/renderer/assets/index-abc.js.map', false],
    ['out/main/cli.cjs', false],
    ['out/main/cli.cjs.v8cache', false],
    ['out/bench/run.cjs', false],
    ['bin/puente.cjs', false],
    ['assets/icons/icon.png', false],
  ])('%s packed: %s', (file, expected) => {
    expect(packed(file, files)).toBe(expected);
  });
  test('nothing is unpacked beside the archive: every packed file stays under the asar integrity check', () => {
    expect(config.asarUnpack).toBeUndefined();
    expect(config.asar).not.toBe(false);
  });
});

describe('icons', () => {
  const dir = join(root, 'assets/icons');
  test('are made from the current icon.svg (run `npm run icons` after editing it)', () => {
    const svg = readFileSync(join(dir, 'icon.svg'));
    expect(readFileSync(join(dir, 'icon.svg.sha256'), 'utf8').trim()).toBe(createHash('sha256').update(svg).digest('hex'));
  });
  test('icon.png is 1024 px square, enough for .icns and .ico; Linux has every size in png/', () => {
    expect(pngSize(join(dir, 'icon.png'))).toEqual([1024, 1024]);
    const sizes = readdirSync(join(dir, 'png')).map((f) => {
      const [w, h] = pngSize(join(dir, 'png', f));
      expect(f).toBe(`${w}x${h}.png`);
      return w;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
    for (const p of ['win', 'mac']) expect((config[p] as { icon: string }).icon).toBe('assets/icons/icon.png');
  });
});
