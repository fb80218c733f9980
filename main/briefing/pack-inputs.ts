// The files a pack is made of — its YAML and the images its slides show — so that an export never writes over one of
// them: `--out map.png` or a Save dialog pointed at briefing.yaml would otherwise replace the author's work with a PDF
// and report "wrote" (the next open then fails on a "PNG" that is a PDF).
import { readdir, realpath } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Briefing } from '../model/schema';
import { resolvePackImage } from './check-images';

/** The real paths of the pack's own files: every .yaml/.yml in its folder and every image a slide shows. */
export async function packInputs(briefing: Briefing, packDir: string): Promise<Set<string>> {
  const found = new Set<string>();
  const dir = await realpath(packDir).catch(() => resolve(packDir));
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (/\.ya?ml$/i.test(name)) found.add(join(dir, name));
  }
  for (const slide of briefing.topics.flatMap((t) => t.slides)) {
    if (slide.layout !== 'image') continue;
    const r = await resolvePackImage(slide.image, packDir);
    if ('file' in r) found.add(r.file);
  }
  return found;
}

/**
 * Why `outPath` must not be written, or undefined: it is (or links to) one of the pack's own files. The path is
 * compared by its real location, so a symlink or a "./" spelling of the YAML is caught too.
 */
export async function overwritesPackInput(outPath: string, briefing: Briefing, packDir: string): Promise<string | undefined> {
  const target = await realpath(outPath).catch(async () => join(await realpath(dirname(outPath)).catch(() => resolve(dirname(outPath))), outPath.split(/[\\/]/).pop() ?? ''));
  if (!(await packInputs(briefing, packDir)).has(target)) return undefined;
  return `${outPath} is part of the briefing being exported (${/\.ya?ml$/i.test(target) ? 'its YAML' : 'an image a slide shows'}); choose another file to write`;
}
