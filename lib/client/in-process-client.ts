import { liveQuery } from 'dexie';
import type { InterviewDatabase } from '../db/database';
import { createInterviewService } from '../interviews/interview-service';
import { createKitService } from '../kits/kit-service';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { liveQueries, type LiveQueryName, type LiveParams } from '../messaging/live-queries';
import { errorMessage } from '../messaging/live-server';
import type { DataClient } from './data-client';

/**
 * A data client that runs the background's own service and live queries in this process.
 * Component tests use it with fake-indexeddb, so they exercise the real data path minus messaging.
 */
export function createInProcessClient(db: InterviewDatabase, meeting: MeetingIdentity | null): DataClient {
  const service = createInterviewService(db);
  const kits = createKitService(db);
  return {
    openTabInterview: async () =>
      meeting ? { status: 'ready', session: await service.openInterview(meeting) } : { status: 'not-a-meeting' },
    setCurrentQuestion: (sessionId, index) => service.setCurrentQuestion(sessionId, index),
    saveNote: (input) => service.saveNote(input),
    createKit: (content) => kits.createKit(content),
    updateKit: (id, content) => kits.updateKit(id, content),
    duplicateKit: (id) => kits.duplicateKit(id),
    deleteKit: (id) => kits.deleteKit(id),
    restoreKit: (kit) => kits.restoreKit(kit),
    subscribe<N extends LiveQueryName>(query: N, params: LiveParams<N>, observer: Parameters<DataClient['subscribe']>[2]) {
      const run = liveQueries[query] as (db: InterviewDatabase, p: LiveParams<N>) => Promise<unknown>;
      const subscription = liveQuery(() => run(db, params)).subscribe({
        next: (value) => observer.next(value as never),
        error: (error: unknown) => observer.error(errorMessage(error)),
      });
      return () => subscription.unsubscribe();
    },
  };
}
