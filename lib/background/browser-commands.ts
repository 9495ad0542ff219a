import type { Browser } from 'wxt/browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { sendTabMessage } from '../messaging/tab-protocol';
import type { BackgroundService } from './background-service';
import { BROWSER_COMMANDS } from './command-keys';
import type { SidebarOpener } from './sidebar-opener';

type BrowserCommandName = keyof typeof BROWSER_COMMANDS;

/**
 * Runs a shortcut pressed anywhere in the browser, while the meeting page has focus. Moving
 * between questions is done here, on the database; the open surfaces follow through live queries.
 */
export async function runBrowserCommand(
  command: string,
  tab: Browser.tabs.Tab | undefined,
  deps: { service: () => BackgroundService; opener: SidebarOpener },
): Promise<void> {
  const meeting = parseMeetingUrl(tab?.url);
  if (!meeting || tab?.id === undefined) return;
  switch (command as BrowserCommandName) {
    case 'toggle-sidebar':
      return deps.opener.show(tab.id, meeting, 'toggle');
    case 'focus-notes':
      // First the page's content script shows and focuses the frame, then the frame focuses its box.
      await sendTabMessage('focusNotes', undefined, { tabId: tab.id, frameId: 0 });
      return void (await sendTabMessage('focusNotesBox', undefined, { tabId: tab.id }).catch(() => undefined));
    case 'next-question':
    case 'previous-question':
      return deps.service().meetings.stepQuestionInMeeting(meeting.key, command === 'next-question' ? 1 : -1);
  }
}
