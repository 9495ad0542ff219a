import { browser } from 'wxt/browser';
import type { BackgroundService } from './background-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { onMessage, type OpenTabInterviewResult } from '../messaging/protocol';
import { dispatchRequest } from '../messaging/request-proxy';
import { createRefusalLog, isExtensionPage, isSidebarFrame, RefusedSenderError, type SenderInfo } from './sender-check';

/**
 * Connects every request of the protocol to the background service; only extension pages are
 * answered. `ready` opens the database first and recovers a failed open (lib/db/database-gate.ts).
 */
export function registerMessageHandlers(service: () => BackgroundService, ready: () => Promise<void> = async () => {}): void {
  const refused = createRefusalLog();
  const allow = (what: string, sender: SenderInfo, check = isExtensionPage) => {
    if (check(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
    refused(what, sender);
    throw new RefusedSenderError(what);
  };

  const openFor = async (url: string | undefined): Promise<OpenTabInterviewResult> => {
    const meeting = parseMeetingUrl(url);
    if (!meeting) return { status: 'not-a-meeting' };
    await ready();
    return { status: 'ready', session: await service().meetings.openInterview(meeting) };
  };

  // The meeting comes from the browser's record of the tab, never from the page, so a
  // meeting page cannot point the sidebar at another interview.
  onMessage('openTabInterview', ({ sender }) => {
    allow('openTabInterview', sender, isSidebarFrame);
    return openFor(sender.tab?.url);
  });
  onMessage('openInterviewForTab', async ({ data: tabId, sender }) => {
    allow('openInterviewForTab', sender);
    return openFor((await browser.tabs.get(tabId)).url);
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
