export type FirefoxSuitePlan = { action: 'run'; firefox: string } | { action: 'skip' | 'fail'; message: string };

/** Whether the Firefox suite runs: always where Firefox is; without it, skipped only outside CI and when asked to. */
export function firefoxSuitePlan({
  firefox,
  ci,
  whenPresent,
}: {
  firefox: string | undefined;
  ci: boolean;
  whenPresent: boolean;
}): FirefoxSuitePlan {
  if (firefox) return { action: 'run', firefox };
  if (whenPresent && !ci) {
    return { action: 'skip', message: 'Firefox is not installed here: the Firefox end-to-end suite is skipped (CI runs it).' };
  }
  return {
    action: 'fail',
    message: ci
      ? 'CI must run the Firefox end-to-end suite, and no Firefox was found (.ci/run installs firefox-esr).'
      : 'The Firefox end-to-end suite needs Firefox, and none was found.',
  };
}
