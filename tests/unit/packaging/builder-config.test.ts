// electron-builder.yml checked against electron-builder's own JSON Schema (shipped in app-builder-lib), so a typo
// or a wrong type fails here rather than on a build machine with a network; nothing is downloaded.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const schema = require('app-builder-lib/scheme.json') as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

const errorsOf = (c: unknown): string[] =>
  validate(c) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

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
    expect(files.filter((f) => f.startsWith('!') && /briefings|assets\/\*\*|out\/main/.test(f))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toMatch(/^out\/main\//);
    expect(pkg.scripts.dist).toContain('electron-builder');
    const assoc = (config.fileAssociations as { ext: string[] }[])[0];
    expect(assoc?.ext).toContain('yaml');
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
