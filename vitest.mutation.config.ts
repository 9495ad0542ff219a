import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing (stryker.config.json) measures lib/ by its own unit tests: the component tests
// would add minutes per mutant on a 2-core machine, and their timing-bound waits turn flaky there.
export default defineConfig({ ...base, test: { ...base.test, include: ['lib/**/*.test.ts'] } });
