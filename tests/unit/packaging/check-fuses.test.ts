// scripts/check-fuses.mjs, which CI runs on the packaged binaries, checked end to end on a stand-in binary: a file
// holding Electron's fuse sentinel and wire, flipped by @electron/fuses exactly as electron-builder flips it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
// @ts-expect-error: plain ES module without types (scripts/ are .mjs)
import { checkFuses, expectedFuses } from '../../../scripts/check-fuses.mjs';

const require = createRequire(import.meta.url);
const fuses = {
  ...(require('@electron/fuses/dist/constants') as { SENTINEL: string; FuseState: Record<string, number> }),
  ...(require('@electron/fuses') as { flipFuses(path: string, config: Record<string, unknown>): Promise<number> }),
};
const root = resolve(__dirname, '../../..');
const config = join(root, 'electron-builder.yml');
const electronFuses = (parse(readFileSync(config, 'utf8')) as { electronFuses: Record<string, boolean> }).electronFuses;

/** A file laid out like an Electron binary around its fuse wire: sentinel, version 1, length 8, all "inherit". */
function standIn(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'puente-fuses-')), 'puente');
  const inherit = fuses.FuseState.INHERIT as number;
  writeFileSync(file, Buffer.concat([Buffer.from('ELF…code…'), Buffer.from(fuses.SENTINEL), Buffer.from([1, 8, ...Array(8).fill(inherit)]), Buffer.from('…more')]));
  return file;
}

describe('reading the fuses back', () => {
  test('a binary flipped as electron-builder flips it passes', async () => {
    const file = standIn();
    const { resetAdHocDarwinSignature: _mac, ...wire } = electronFuses;
    await fuses.flipFuses(file, { version: '1', ...(await expectedFuses(wire)) });
    expect(await checkFuses(file, config)).toEqual([]);
  });
  test('an unflipped binary fails, naming each fuse', async () => {
    const problems = (await checkFuses(standIn(), config)) as string[];
    expect(problems.join('\n')).toMatch(/RunAsNode is in state 144, expected disabled/);
    expect(problems.length).toBe(Object.keys(await expectedFuses(electronFuses)).length);
  });
  test('a binary with RunAsNode left on fails', async () => {
    const file = standIn();
    await fuses.flipFuses(file, { version: '1', ...(await expectedFuses({ ...electronFuses, runAsNode: true, resetAdHocDarwinSignature: false })) });
    expect(await checkFuses(file, config)).toEqual(['RunAsNode is enabled, expected disabled']);
  });
});
