import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. The end-to-end suite has its own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['{lib,components,hooks,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['**/*.test-support.*', '**/node_modules/**'],
    setupFiles: ['./vitest.setup.ts'],
    environment: 'node',
    // Vitest's default leaves one of a 2-core CI machine's cores idle; the files spend much of their
    // time importing and waiting, so two workers took the suite from 101 s to 65 s there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Component tests type through user-event; a loaded 2-core machine can take seconds.
    testTimeout: 15_000,
  },
});
