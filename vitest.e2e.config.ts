import { defineConfig } from 'vitest/config';

// End-to-end suite: the built extension (.output/chrome-mv3, from `npx wxt build`) in Debian's
// Chromium, on Meet and Zoom look-alike pages served over HTTPS at their real host names.
// One browser per test file; files run one after another (CI machines have 2 cores).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 45_000,
    teardownTimeout: 15_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default'],
  },
});
