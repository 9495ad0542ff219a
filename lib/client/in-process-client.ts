import { liveQuery } from 'dexie';
import type { InterviewDatabase } from '../db/database';
import { createBackgroundService } from '../background/background-service';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { liveQueries, type LiveQueryName, type LiveParams } from '../messaging/live-queries';
import { errorMessage } from '../messaging/live-server';
import type { DataClient } from './data-client';
import { bootSidebar } from '../background/sidebar-boot';
import { createInterviewPresence, type PresenceMemory } from '../background/interview-presence';

function inMemory(): PresenceMemory {
  let seen: Record<string, number> = {};
  return { read: async () => ({ ...seen }), write: async (next) => void (seen = { ...next }) };
}

/**
 * A data client that runs the background's own service and live queries in this process.
 * Component tests use it with fake-indexeddb, so they exercise the real data path minus messaging.
 */
export function createInProcessClient(db: InterviewDatabase, meeting: MeetingIdentity | null, now: () => number = Date.now): DataClient {
  const {
    openInterview: _backgroundOnlyOpen,
    bootInterview,
    setPresent,
    pauseAbandoned,
    stepQuestionInMeeting: _backgroundOnly,
    actInMeeting,
    ...requests
  } = createBackgroundService(db, now, (id) => presence.isAttended(id));
  const presence = createInterviewPresence(() => ({ setPresent, pauseAbandoned }), inMemory(), now);
  return {
    ...requests,
    openTabInterview: () => bootSidebar({ bootInterview }, meeting),
    // In process there is one tab: the meeting given above.
    openInterviewForTab: () => bootSidebar({ bootInterview }, meeting),
    firstAction: (name, args) => actInMeeting(meeting, name, args),
    subscribe<N extends LiveQueryName>(query: N, params: LiveParams<N>, observer: Parameters<DataClient['subscribe']>[2]) {
      const run = liveQueries[query] as (db: InterviewDatabase, p: LiveParams<N>) => Promise<unknown>;
      const subscription = liveQuery(() => run(db, params)).subscribe({
        next: (value) => observer.next(value as never),
        error: (error: unknown) => observer.error(errorMessage(error)),
      });
      const p = params as { sessionId?: string; attend?: boolean };
      const leave = query === 'session' && p.attend && p.sessionId ? presence.attach(p.sessionId) : undefined;
      return () => {
        subscription.unsubscribe();
        leave?.();
      };
    },
  };
}
