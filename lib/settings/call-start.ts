import { browser } from 'wxt/browser';
import { APPEARANCE_KEY, type CallStart } from './appearance-shape';

/**
 * The one preference the meeting page needs, read straight from `storage.local` without the
 * storage library: the content script is all the meeting page pays for, and @wxt-dev/storage
 * would add about 3 kB gzipped to it (README, Performance). "handle" only when the stored value
 * says so exactly, as the appearance's migration reads it (lib/settings/migrations/appearance-v2.ts),
 * so a value not yet migrated reads the same here as everywhere else.
 */
export async function readCallStart(): Promise<CallStart> {
  const stored: unknown = (await browser.storage.local.get(APPEARANCE_KEY))[APPEARANCE_KEY];
  return typeof stored === 'object' && stored !== null && 'callStart' in stored && stored.callStart === 'handle' ? 'handle' : 'open';
}
