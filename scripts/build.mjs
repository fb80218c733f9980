// Builds everything into out/: the renderer with Vite, the main side (Electron shell, preload, CLI, bench) with esbuild.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, rmSync } from 'node:fs';

const only = process.argv[2]; // "main" | "renderer" | undefined (both)

if (!only || only === 'renderer') {
  rmSync('out/renderer', { recursive: true, force: true });
  await viteBuild({ configFile: 'renderer/vite.config.mts', logLevel: 'warn' });
}

if (!only || only === 'main') {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    // pdfkit 0.20 breaks when bundled (it reads its own data files at run time); fontkit comes with it.
    external: ['electron', 'pdfkit', 'fontkit', 'esbuild', 'playwright-core', '@playwright/test'],
  };
  const entries = [
    ['main/app.ts', 'out/main/app.cjs'],
    ['main/preload.ts', 'out/main/preload.cjs'],
    ['main/cli.ts', 'out/main/cli.cjs'],
    ['bench/run.ts', 'out/bench/run.cjs'],
  ].filter(([src]) => existsSync(src));
  await Promise.all(entries.map(([src, outfile]) => esbuild({ ...common, entryPoints: [src], outfile })));
}
