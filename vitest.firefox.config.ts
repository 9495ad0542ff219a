import { defineConfig } from 'vitest/config';

// End-to-end suite in Firefox: the Firefox build (.output/firefox-mv3, from `npx wxt build -b firefox`)
// in Debian's firefox-esr over WebDriver BiDi, on the Chromium suite's look-alike pages (e2e/firefox/).
// One browser per test file; files run one after another (CI machines have 2 cores).
export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 45_000,
    teardownTimeout: 15_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default'],
  },
});
