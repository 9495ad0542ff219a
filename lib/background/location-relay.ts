import { browser } from 'wxt/browser';
import { sendTabMessage } from '../messaging/tab-protocol';
import { MEETING_PAGE_PATTERNS } from '../platforms';

/**
 * Firefox before 147 (ESR 140 and older) has no Navigation API and fires no page event for
 * history.pushState, so the content script cannot see Meet move from its landing page into a
 * call. The browser does see the tab's URL change: tell the content script, which then checks
 * the URL as it does on its own events. Firefox's listener filter keeps this to meeting tabs.
 */
export function relayLocationChanges(urls: string[] = MEETING_PAGE_PATTERNS): void {
  const listener = (tabId: number, change: { url?: string }) => {
    if (change.url) void sendTabMessage('locationChanged', undefined, { tabId, frameId: 0 }).catch(() => undefined);
  };
  // Firefox's onUpdated takes a filter as a second argument, which Chrome's types do not declare.
  Reflect.apply(browser.tabs.onUpdated.addListener, browser.tabs.onUpdated, [listener, { urls, properties: ['url'] }]);
}
