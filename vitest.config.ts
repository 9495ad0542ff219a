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
    // Component tests type through user-event; a loaded 2-core machine can take seconds.
    testTimeout: 15_000,
  },
});
