import type { InterviewDatabase } from '../db/database';
import { createInterviewService } from '../interviews/interview-service';
import { createKitService } from '../kits/kit-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { onMessage } from '../messaging/protocol';

/** Connects every request of the protocol to the interview service. */
export function registerMessageHandlers(db: () => InterviewDatabase): void {
  const service = () => createInterviewService(db());

  // The meeting comes from the browser's record of the sender's tab, never from the page,
  // so a meeting page cannot point the sidebar at another interview.
  onMessage('openTabInterview', async ({ sender }) => {
    const meeting = parseMeetingUrl(sender.tab?.url);
    if (!meeting) return { status: 'not-a-meeting' };
    return { status: 'ready', session: await service().openInterview(meeting) };
  });
  onMessage('setCurrentQuestion', ({ data }) => service().setCurrentQuestion(data.sessionId, data.index));
  onMessage('saveNote', ({ data }) => service().saveNote(data));

  const kits = () => createKitService(db());
  onMessage('createKit', ({ data }) => kits().createKit(data?.content));
  onMessage('updateKit', ({ data }) => kits().updateKit(String(data?.id), data?.content));
  onMessage('duplicateKit', ({ data }) => kits().duplicateKit(String(data?.id)));
  onMessage('deleteKit', ({ data }) => kits().deleteKit(String(data?.id)));
  onMessage('restoreKit', ({ data }) => kits().restoreKit(data?.kit));
}
