import type { InterviewDatabase } from '../db/database';
import { createBackgroundService } from './background-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { REQUEST_NAMES, onMessage } from '../messaging/protocol';

/** Connects every request of the protocol to the background service. */
export function registerMessageHandlers(db: () => InterviewDatabase): void {
  // One service for the worker's life: its revision guard must see every write.
  let background: ReturnType<typeof createBackgroundService> | undefined;
  const service = () => (background ??= createBackgroundService(db()));

  // The meeting comes from the browser's record of the sender's tab, never from the page,
  // so a meeting page cannot point the sidebar at another interview.
  onMessage('openTabInterview', async ({ sender }) => {
    const meeting = parseMeetingUrl(sender.tab?.url);
    if (!meeting) return { status: 'not-a-meeting' };
    return { status: 'ready', session: await service().openInterview(meeting) };
  });

  for (const name of REQUEST_NAMES) {
    onMessage(name, ({ data }) => {
      if (!Array.isArray(data)) throw new Error(`${name}: expected an argument list.`);
      const method = service()[name] as (...args: unknown[]) => Promise<unknown>;
      return method(...data) as never;
    });
  }
}
