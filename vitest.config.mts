import { defineConfig, defaultExclude } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const shared = {
  // A hang guard, not a speed bound: far above what any test takes even on a busy 2-core machine.
  testTimeout: 120_000,
  hookTimeout: 120_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...defaultExclude, 'tests/unit/**/*.svelte.test.ts'],
          environment: 'node',
          // The CLI tests run the built bin/puente.cjs: build it once here, not in each file (parallel builds race).
          globalSetup: ['tests/unit/build-main.ts'],
        },
      },
      {
        // Renderer controllers written with runes (`*.svelte.ts`), compiled as the browser runs them, so effects and
        // derived values react as in the app; still under Node, with no DOM.
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
        resolve: { conditions: ['browser'] },
        ssr: { resolve: { conditions: ['browser'], externalConditions: ['browser'] } },
        test: { ...shared, name: 'runes', include: ['tests/unit/**/*.svelte.test.ts'], environment: 'node' },
      },
    ],
  },
});
