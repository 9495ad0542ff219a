import { browser } from 'wxt/browser';
import type { BackgroundService } from './background-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { onMessage, type OpenTabInterviewResult } from '../messaging/protocol';
import { dispatchRequest } from '../messaging/request-proxy';
import { bootSidebar } from './sidebar-boot';
import { createRefusalLog, isExtensionPage, isSidebarFrame, RefusedSenderError, type SenderInfo } from './sender-check';

/** Connects every request of the protocol to the background service; only extension pages are answered. */
export function registerMessageHandlers(service: () => BackgroundService, noDatabaseYet?: () => boolean): void {
  const refused = createRefusalLog();
  const allow = (what: string, sender: SenderInfo, check = isExtensionPage) => {
    if (check(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
    refused(what, sender);
    throw new RefusedSenderError(what);
  };

  // The service (and the database) is made only if the first screen needs it.
  const openFor = (url: string | undefined): Promise<OpenTabInterviewResult> =>
    bootSidebar((meeting) => service().meetings.bootInterview(meeting), parseMeetingUrl(url), noDatabaseYet);

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
  onMessage('firstAction', async ({ data, sender }) => {
    const inPage = data?.tabId === undefined;
    allow('firstAction', sender, inPage ? isSidebarFrame : isExtensionPage);
    const url = inPage ? sender.tab?.url : (await browser.tabs.get(Number(data.tabId))).url;
    return service().meetings.actInMeeting(parseMeetingUrl(url), data?.call);
  });
  onMessage('browserCommands', ({ sender }) => {
    allow('browserCommands', sender);
    return browser.commands.getAll();
  });

  onMessage('request', ({ data, sender }) => {
    const what = typeof data === 'object' && data !== null ? `${String(data.service)}.${String(data.method)}` : 'a request';
    allow(what, sender);
    return dispatchRequest(service().requests, data);
  });
}
