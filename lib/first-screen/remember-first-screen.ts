import { browser } from 'wxt/browser';
import { canonicalJson, firstScreenKey, type FirstScreenRecord } from './first-screen-record';
import { closeLocalStorageToContentScripts } from './private-local-storage';

/**
 * Stores the first screen a new call just showed, for the next new call of the platform
 * (lib/first-screen/early-screen.ts); nothing when it is the one already stored. Only where
 * storage.local can be closed to content scripts (Chromium): elsewhere the kit's text would be
 * readable from the meeting page's renderer, and the next call simply waits for the background.
 */
export async function rememberFirstScreen(platform: string, record: FirstScreenRecord, stored: FirstScreenRecord | null): Promise<boolean> {
  if (stored && canonicalJson(stored) === canonicalJson(record)) return false;
  if (!(await closeLocalStorageToContentScripts())) return false;
  await browser.storage.local.set({ [firstScreenKey(platform)]: record });
  return true;
}
