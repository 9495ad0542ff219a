import { describe, expect, test } from 'vitest';
import { firefoxSuitePlan } from './firefox-suite-plan';

describe('firefoxSuitePlan', () => {
  test('runs wherever Firefox is found, in CI or not', () => {
    for (const ci of [true, false]) {
      expect(firefoxSuitePlan({ firefox: '/usr/bin/firefox-esr', ci, whenPresent: true })).toEqual({
        action: 'run',
        firefox: '/usr/bin/firefox-esr',
      });
    }
  });

  test('npm test on a machine without Firefox skips the suite, with a note', () => {
    expect(firefoxSuitePlan({ firefox: undefined, ci: false, whenPresent: true }).action).toBe('skip');
  });

  test('CI without Firefox fails: the suite must not be skipped silently there', () => {
    const plan = firefoxSuitePlan({ firefox: undefined, ci: true, whenPresent: true });
    expect(plan).toMatchObject({ action: 'fail', message: expect.stringContaining('CI must run') });
  });

  test('asked for explicitly (npm run test:e2e:firefox), a missing Firefox fails', () => {
    expect(firefoxSuitePlan({ firefox: undefined, ci: false, whenPresent: false }).action).toBe('fail');
  });
});
