import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';

/** The real page the bundled kit comes from (../shared/seeds, beside the checkout). */
export const SEED_PATH = resolve(__dirname, '../../../shared/seeds/backend-engineer-interview-kit.txt');

/**
 * A test that needs the seed page. A checkout without ../shared skips it; under CI (which always
 * has ../shared) it runs, so a missing seed fails loudly instead of skipping in silence.
 */
export const itWithSeed = it.runIf(existsSync(SEED_PATH) || Boolean(process.env.CI));
