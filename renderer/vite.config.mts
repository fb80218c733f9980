// Vite config for the Svelte renderer: built into out/renderer with relative URLs so the app's own protocol serves it.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte()],
  build: { outDir: '../out/renderer', emptyOutDir: true, target: 'chrome120' },
});
