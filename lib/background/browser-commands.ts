import type { Browser } from 'wxt/browser';
import type { InterviewDatabase } from '../db/database';
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
  deps: { db: () => InterviewDatabase; service: () => BackgroundService; opener: SidebarOpener },
): Promise<void> {
  const meeting = parseMeetingUrl(tab?.url);
  if (!meeting || tab?.id === undefined) return;
  switch (command as BrowserCommandName) {
    case 'toggle-sidebar':
      return deps.opener.show(tab.id, meeting, 'toggle');
    case 'focus-notes':
      return sendTabMessage('focusNotes', undefined, { tabId: tab.id, frameId: 0 });
    case 'next-question':
    case 'previous-question': {
      const session = await deps.db().sessions.where('meetingKey').equals(meeting.key).first();
      if (!session) return;
      const step = command === 'next-question' ? 1 : -1;
      return deps.service().setCurrentQuestion(session.id, session.currentQuestionIndex + step);
    }
  }
}
