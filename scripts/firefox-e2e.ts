/**
 * `npm run test:e2e:firefox`: builds the Firefox version and runs the Firefox end-to-end suite
 * (vitest.firefox.config.ts). With --when-present (as `npm test` runs it) a machine without
 * Firefox skips the suite with a note, except under CI, where a missing Firefox is a failure
 * (.ci/run installs firefox-esr).
 */
import { spawnSync } from 'node:child_process';
import { findFirefox, INSTALL_FIREFOX_HINT } from '../e2e/firefox/support/find-firefox';
import { firefoxSuitePlan } from './firefox-suite-plan';

const plan = firefoxSuitePlan({
  firefox: findFirefox(),
  ci: Boolean(process.env.CI && process.env.CI !== 'false'),
  whenPresent: process.argv.includes('--when-present'),
});
if (plan.action !== 'run') {
  console[plan.action === 'fail' ? 'error' : 'log'](`${plan.message}\n${INSTALL_FIREFOX_HINT}`);
  process.exit(plan.action === 'fail' ? 1 : 0);
}
console.log(`Firefox end-to-end suite with ${plan.firefox}`);
for (const command of ['wxt build -b firefox', 'vitest run --config vitest.firefox.config.ts']) {
  const result = spawnSync('npx', command.split(' '), { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
