import { browser } from 'wxt/browser';

/**
 * Makes storage.local readable by the extension's own pages and worker only, not by content
 * scripts, which run in the meeting page's renderer (the content script reads no storage:
 * entrypoints/meeting.content.ts). False where the browser cannot (Firefox supports it for
 * storage.session only): then nothing about kits or interviews may be written there.
 */
export async function closeLocalStorageToContentScripts(
  area: Pick<typeof browser.storage.local, 'setAccessLevel'> = browser.storage.local,
): Promise<boolean> {
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
