// Where the app's own files live, whether run from source (tests), from out/ (CLI, Electron) or from an asar.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function findAppRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'assets', 'briefings'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Puente's assets folder was not found above ${start}`);
    dir = parent;
  }
}

let root: string | undefined;

/** The folder holding package.json and assets/. */
export function appRoot(): string {
  root ??= findAppRoot(__dirname);
  return root;
}

export const assetsDir = (): string => join(appRoot(), 'assets');
export const fontsDir = (): string => join(assetsDir(), 'fonts');
export const bundledBriefingPath = (): string => join(assetsDir(), 'briefings', 'ca-mx-spp', 'briefing.yaml');
