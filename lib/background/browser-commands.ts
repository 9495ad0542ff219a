import type { Browser } from 'wxt/browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { unnamedCallPlatform } from '../meeting/tab-call';
import { sendTabMessage } from '../messaging/tab-protocol';
import type { MeetingPlatform } from '../platforms';
import type { BackgroundService } from './background-service';
import { BROWSER_COMMANDS } from './command-keys';
import type { SidebarOpener } from './sidebar-opener';
import type { TabCalls } from './tab-calls';

type BrowserCommandName = keyof typeof BROWSER_COMMANDS;

/** The platform of a page that is a call or may be one (a call whose URL names no meeting). */
export const callPlatformOf = (href: string | undefined): MeetingPlatform | null =>
  parseMeetingUrl(href)?.platform ?? unnamedCallPlatform(href);

/**
 * Runs a shortcut pressed anywhere in the browser, while the meeting page has focus. Moving
 * between questions is done here, on the database; the open surfaces follow through live queries.
 */
export async function runBrowserCommand(
  command: string,
  tab: Browser.tabs.Tab | undefined,
  deps: { service: () => BackgroundService; opener: SidebarOpener; tabCalls: TabCalls },
): Promise<void> {
  const platform = callPlatformOf(tab?.url);
  if (!platform || tab?.id === undefined) return;
  switch (command as BrowserCommandName) {
    case 'toggle-sidebar': {
      // The side panel first: it opens only inside the shortcut's gesture, which an await ends.
      const shown = deps.opener.show(tab.id, platform, 'toggle');
      await deps.tabCalls.ask(tab.id, tab.url, platform);
      return shown;
    }
    case 'focus-notes':
      await deps.tabCalls.ask(tab.id, tab.url, platform);
      // First the page's content script shows and focuses the frame, then the frame focuses its box.
      await sendTabMessage('focusNotes', undefined, { tabId: tab.id, frameId: 0 });
      return void (await sendTabMessage('focusNotesBox', undefined, { tabId: tab.id }).catch(() => undefined));
    case 'next-question':
    case 'previous-question': {
      const call = await deps.tabCalls.callOf(tab.id, tab.url);
      if (call?.meeting) await deps.service().meetings.stepQuestionInMeeting(call.meeting, command === 'next-question' ? 1 : -1);
    }
  }
}
