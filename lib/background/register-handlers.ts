import { browser } from 'wxt/browser';
import type { BackgroundService } from './background-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { REQUEST_NAMES, onMessage, type OpenTabInterviewResult } from '../messaging/protocol';

/** Connects every request of the protocol to the background service. */
export function registerMessageHandlers(service: () => BackgroundService): void {
  const openFor = async (url: string | undefined): Promise<OpenTabInterviewResult> => {
    const meeting = parseMeetingUrl(url);
    if (!meeting) return { status: 'not-a-meeting' };
    return { status: 'ready', session: await service().openInterview(meeting) };
  };

  // The meeting comes from the browser's record of the tab, never from the page, so a
  // meeting page cannot point the sidebar at another interview.
  onMessage('openTabInterview', ({ sender }) => openFor(sender.tab?.url));
  onMessage('openInterviewForTab', async ({ data: tabId }) => openFor((await browser.tabs.get(tabId)).url));
  onMessage('browserCommands', () => browser.commands.getAll());

  for (const name of REQUEST_NAMES) {
    onMessage(name, ({ data }) => {
      if (!Array.isArray(data)) throw new Error(`${name}: expected an argument list.`);
      const method = service()[name] as (...args: unknown[]) => Promise<unknown>;
      return method(...data) as never;
    });
  }
}
