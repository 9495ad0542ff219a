import { browser } from 'wxt/browser';
import { tabCallAt, type TabCall } from '../meeting/tab-call';
import { sendTabMessage, TAB_CALL_QUERY, type TabCallAnswer } from '../messaging/tab-protocol';
import type { MeetingPlatform } from '../platforms';

const keyOf = (tabId: number) => `tabCall:${tabId}`;

/**
 * The background's memory of each tab's call (the meeting it joined, from the join URL it saw),
 * so a call whose URL stops naming it (Teams after joining) keeps its interview. In
 * storage.session: it survives the service worker's restarts and ends with the browser session.
 * An entry of a closed tab is left (tab ids are not reused within a session) rather than waking
 * the worker on every tab closed in the browser.
 */
export function createTabCalls(area: Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'> = browser.storage.session) {
  async function remember(tabId: number, call: TabCall | null): Promise<void> {
    await (call ? area.set({ [keyOf(tabId)]: call }) : area.remove(keyOf(tabId)));
  }

  return {
    remember,
    /**
     * The interviewer asked for the sidebar (toolbar button, shortcut) on a page of `platform`: a
     * call the tab has no meeting for gets the chooser, and the content script is told to mount.
     */
    async ask(tabId: number, href: string | undefined, platform: MeetingPlatform): Promise<void> {
      if (await this.callOf(tabId, href)) return;
      await remember(tabId, { platform, meeting: null });
      // A tab without the content script (reloading, or a page it does not run on) has no one to tell.
      await Promise.resolve()
        .then(() => sendTabMessage('locationChanged', undefined, { tabId, frameId: 0 }))
        .catch(() => undefined);
    },
    /** The tab's call at its current URL, remembering a meeting the URL names and forgetting one it left. */
    async callOf(tabId: number | undefined, href: string | undefined): Promise<TabCall | null> {
      if (tabId === undefined) return tabCallAt(href, undefined);
      const remembered = (await area.get(keyOf(tabId)))[keyOf(tabId)] as TabCall | undefined;
      const call = tabCallAt(href, remembered);
      if (JSON.stringify(call ?? undefined) !== JSON.stringify(remembered)) await remember(tabId, call);
      return call;
    },
  };
}

export type TabCalls = ReturnType<typeof createTabCalls>;

/**
 * The page's own URL as its content script saw it (a pushState the browser may not have reported
 * yet), believed only within the origin of the tab's URL: the page can pushState there anyway.
 */
export function pageHref(href: unknown, tabUrl: string | undefined): string | undefined {
  try {
    return typeof href === 'string' && tabUrl && new URL(href).origin === new URL(tabUrl).origin ? href : tabUrl;
  } catch {
    return tabUrl;
  }
}

/** Answers the content scripts' TAB_CALL_QUERY for their own tab; any other message is left to other listeners. */
export function answerTabCallQueries(tabCalls: TabCalls): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (typeof message !== 'object' || message === null || !(TAB_CALL_QUERY in message)) return undefined;
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
    return tabCalls
      .callOf(sender.tab.id, pageHref((message as Record<string, unknown>)[TAB_CALL_QUERY], sender.tab.url))
      .then((call): TabCallAnswer => (call ? { key: call.meeting?.key ?? `choose:${call.platform}`, platform: call.platform } : null));
  });
}
