import { browser } from 'wxt/browser';

/**
 * Messages from the background to a meeting tab's content script. Declared here, typed, and
 * sent over plain runtime messaging: the content script is the only code the meeting page pays
 * for, so it carries no messaging library.
 */
export interface TabMessages {
  /** Show the sidebar if hidden and put the cursor in the notes box (the "focus notes" shortcut). */
  focusNotes: undefined;
  /** The tab's URL changed (Firefox without the Navigation API; see lib/background/location-relay.ts). */
  locationChanged: undefined;
  /** To the sidebar frame, after `focusNotes` focused it: put the cursor in the notes box. */
  focusNotesBox: undefined;
  /** To every extension page, when the service worker starts: live data lost with the last one may subscribe again. */
  workerStarted: undefined;
}

interface TabMessage<K extends keyof TabMessages = keyof TabMessages> {
  tabMessage: K;
  data: TabMessages[K];
}

const isTabMessage = (value: unknown): value is TabMessage =>
  typeof value === 'object' && value !== null && typeof (value as TabMessage).tabMessage === 'string';

export function sendTabMessage<K extends keyof TabMessages>(name: K, data: TabMessages[K], target: { tabId: number; frameId?: number }) {
  const message: TabMessage<K> = { tabMessage: name, data };
  return browser.tabs.sendMessage(target.tabId, message, target.frameId === undefined ? undefined : { frameId: target.frameId });
}

/** To every extension page (not content scripts): no page listening is no error. */
export function broadcastToPages<K extends keyof TabMessages>(name: K, data: TabMessages[K]): Promise<void> {
  const message: TabMessage<K> = { tabMessage: name, data };
  return browser.runtime.sendMessage(message).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Runs `handler` for `name`, only for messages from this extension's background: a content script
 * also carries the extension's id, but it sends from inside a tab (Chrome warns its world may be
 * compromised), and the background never does.
 */
export function onTabMessage<K extends keyof TabMessages>(name: K, handler: (data: TabMessages[K]) => void | Promise<void>): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab || !isTabMessage(message) || message.tabMessage !== name) return undefined;
    return Promise.resolve(handler(message.data as TabMessages[K])).then(() => undefined);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Sent by the content script at every navigation, with its `location.href`: which call is this
 * tab in (lib/background/tab-calls.ts)? Answered with a TabCallAnswer. The background reads the
 * URL, so the content script carries no platform rules; the tab is the sender's, and an href of
 * another origin than the tab's is not believed.
 */
export const TAB_CALL_QUERY = 'interview-sidebar:tab-call';
/** The call's key (the meeting's, or the platform's while the chooser shows), or null: no call. */
export type TabCallAnswer = { key: string; platform: string } | null;
