/// <reference types="node" />
import { existsSync } from 'node:fs';

/** Where Firefox is looked for, after the FIREFOX_PATH environment variable (Debian's firefox-esr first). */
export const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
];

export const INSTALL_FIREFOX_HINT = 'Install it with:  apt-get update && apt-get install -y firefox-esr';

/** Firefox on this machine (FIREFOX_PATH, then the usual paths), or undefined. The tests cannot download one. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  const fromEnv = env.FIREFOX_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  return FIREFOX_CANDIDATES.find((path) => exists(path));
}

export function requireFirefox(): string {
  const found = findFirefox();
  if (found) return found;
  throw new Error(
    [
      'The Firefox end-to-end tests need Firefox on this machine, and none was found.',
      `Looked at: ${FIREFOX_CANDIDATES.join(', ')} (and the FIREFOX_PATH environment variable).`,
      INSTALL_FIREFOX_HINT,
    ].join('\n'),
  );
}
