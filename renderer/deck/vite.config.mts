// Vite config for the HTML deck (issue 16): the renderer's own App and slide components, with a main side that lives
// in the page (deck-transport.ts), built into ONE html file — script, styles and fonts inlined — that the exporter
// (main/html/export.ts) fills with the briefing and its pictures.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig({
  root: 'renderer/deck',
  base: './',
  plugins: [svelte(), viteSingleFile({ removeViteModuleLoader: true })],
  build: { outDir: '../../out/deck', emptyOutDir: true, target: 'chrome120', assetsInlineLimit: Number.MAX_SAFE_INTEGER, cssCodeSplit: false },
});
