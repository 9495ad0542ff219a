import { browser } from 'wxt/browser';
import { sendTabMessage } from '../messaging/tab-protocol';
import { MEETING_PAGE_PATTERNS } from '../platforms';

type UpdatedListener = (tabId: number, change: { url?: string }) => void;
type FilteredOnUpdated = {
  addListener(listener: UpdatedListener, filter: { urls: string[]; properties: ['url'] }): void;
};

/**
 * Firefox before 147 (ESR 140 and older) has no Navigation API and fires no page event for
 * history.pushState, so the content script cannot see Meet move from its landing page into a
 * call. The browser does see the tab's URL change: tell the content script, which then checks
 * the URL as it does on its own events. Firefox's listener filter keeps this to meeting tabs.
 */
export function relayLocationChanges(urls: string[] = MEETING_PAGE_PATTERNS): void {
  (browser.tabs.onUpdated as unknown as FilteredOnUpdated).addListener(
    (tabId, change) => {
      if (change.url) void sendTabMessage('locationChanged', undefined, { tabId, frameId: 0 }).catch(() => undefined);
    },
    { urls, properties: ['url'] },
  );
}
