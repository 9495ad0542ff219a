import { browser } from 'wxt/browser';
import type { BackgroundService } from './background-service';
import { onMessage, type OpenTabInterviewResult } from '../messaging/protocol';
import { dispatchRequest } from '../messaging/request-proxy';
import { createRefusalLog, isExtensionPage, isSidebarFrame, RefusedSenderError, type SenderInfo } from './sender-check';
import type { FrameSecrets } from './frame-secrets';
import type { TabCalls } from './tab-calls';
import { chosenCall, openTabCall } from './tab-interview';

/**
 * Connects every request of the protocol to the background service; only extension pages are
 * answered. `ready` opens the database before a request and recovers a failed open (lib/db/database-gate.ts).
 */
export function registerMessageHandlers(
  service: () => BackgroundService,
  tabCalls: TabCalls,
  frameSecrets: FrameSecrets,
  noDatabaseYet?: () => boolean,
  ready: () => Promise<void> = async () => {},
): void {
  const refused = createRefusalLog();
  const allow = (what: string, sender: SenderInfo, check = isExtensionPage) => {
    // Stryker disable next-line StringLiteral: getURL('') names the same origin, all that is compared.
    if (check(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
    refused(what, sender);
    throw new RefusedSenderError(what);
  };

  // The tab's call: the meeting its URL names, or the one it joined before its URL stopped naming it.
  // The service (and the database) is made only if the first screen needs it.
  const openFor = async (tabId: number | undefined, url: string | undefined): Promise<OpenTabInterviewResult> =>
    openTabCall(service, await tabCalls.callOf(tabId, url), noDatabaseYet);

  // The meeting comes from the browser's record of the tab, never from the page, so a
  // meeting page cannot point the sidebar at another interview.
  // Only the frame the tab's content script inserted has its secret (lib/background/frame-secrets.ts).
  onMessage('openTabInterview', async ({ data: secret, sender }): Promise<OpenTabInterviewResult> => {
    allow('openTabInterview', sender, isSidebarFrame);
    if (!(await frameSecrets.matches(sender.tab?.id, secret))) {
      refused('openTabInterview without the secret of the frame its content script inserted', sender);
      return { status: 'refused', message: 'Refused: this sidebar frame was not inserted by the extension on this tab.' };
    }
    return openFor(sender.tab?.id, sender.tab?.url);
  });
  onMessage('openInterviewForTab', async ({ data: tabId, sender }) => {
    allow('openInterviewForTab', sender);
    return openFor(tabId, (await browser.tabs.get(tabId)).url);
  });
  onMessage('chooseTabInterview', async ({ data: { sessionId, tabId }, sender }): Promise<OpenTabInterviewResult> => {
    allow('chooseTabInterview', sender, tabId === undefined ? isSidebarFrame : isExtensionPage);
    const tab = tabId === undefined ? sender.tab : await browser.tabs.get(tabId);
    if (tab?.id === undefined || !tab.url) return { status: 'not-a-meeting' };
    const call = await chosenCall(service(), await tabCalls.callOf(tab.id, tab.url), sessionId, tab.url);
    // Stryker disable next-line ConditionalExpression: no call here means callOf already forgot the tab; remembering null forgets it again.
    if (call) await tabCalls.remember(tab.id, call);
    return openTabCall(service, call, noDatabaseYet);
  });
  onMessage('firstAction', async ({ data, sender }) => {
    const inPage = data?.tabId === undefined;
    allow('firstAction', sender, inPage ? isSidebarFrame : isExtensionPage);
    const tab = inPage ? sender.tab : await browser.tabs.get(Number(data.tabId));
    // The call's meeting as the tab knows it, also once its URL stopped naming it (lib/background/tab-calls.ts).
    const call = await tabCalls.callOf(tab?.id, tab?.url);
    return service().meetings.actInMeeting(call?.meeting ?? null, data?.call);
  });
  onMessage('browserCommands', ({ sender }) => {
    allow('browserCommands', sender);
    return browser.commands.getAll();
  });

  onMessage('request', async ({ data, sender }) => {
    const what = typeof data === 'object' && data !== null ? `${String(data.service)}.${String(data.method)}` : 'a request';
    allow(what, sender);
    await ready();
    return dispatchRequest(service().requests, data);
  });
}
