import { liveQuery } from 'dexie';
import type { InterviewDatabase } from '../db/database';
import { createBackgroundService, type SurfaceRequests } from '../background/background-service';
import type { MeetingIdentity } from '../meeting/meeting-url';
import type { TabCall } from '../meeting/tab-call';
import { platformOf } from '../platforms';
import { chosenCall, openTabCall } from '../background/tab-interview';
import { liveQueries, type LiveQueryName, type LiveParams, type LiveResult } from '../messaging/live-queries';
import { errorMessage } from '../messaging/live-server';
import { createRequestProxy, dispatchRequest, withRequests } from '../messaging/request-proxy';
import type { DataClient, LiveObserver, SurfaceClient } from './data-client';
import { createInterviewPresence, type PresenceMemory } from '../background/interview-presence';

function inMemory(): PresenceMemory {
  let seen: Record<string, number> = {};
  return { read: async () => ({ ...seen }), write: async (next) => void (seen = { ...next }) };
}

/** What runtime messaging does to a value (Chromium sends JSON): dates become strings, `undefined` keys go. */
function overTheWire<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

/**
 * A data client that runs the background's own service and live queries in this process.
 * Component tests use it with fake-indexeddb, so they exercise the real data path; requests go
 * through the same proxy and dispatcher as in the extension, and their arguments and answers
 * through JSON, as runtime messaging would send them.
 */
export function createInProcessClient(
  db: InterviewDatabase,
  /** The one tab's meeting, or a call that names none (the chooser), or no call. */
  meeting: MeetingIdentity | TabCall | null,
  now: () => number = Date.now,
): DataClient {
  const service = createBackgroundService(db, now, (id) => presence.isAttended(id));
  const presence = createInterviewPresence(() => service.meetings, inMemory(), now);
  const requests = createRequestProxy<SurfaceRequests>(async (call) => {
    try {
      return overTheWire(await dispatchRequest(service.requests, overTheWire(call)));
    } catch (error) {
      // Runtime messaging hands the caller a new Error with the message only.
      throw new Error(errorMessage(error));
    }
  });
  let call: TabCall | null = meeting && 'key' in meeting ? { platform: meeting.platform, meeting } : meeting;
  const openTabInterview = async () => overTheWire(await openTabCall(() => service, call));
  return withRequests<SurfaceRequests, SurfaceClient>(requests, {
    openTabInterview,
    // In process there is one tab: the meeting given above.
    openInterviewForTab: openTabInterview,
    firstAction: async (request) => {
      try {
        return overTheWire(await service.meetings.actInMeeting(call?.meeting ?? null, overTheWire(request)));
      } catch (error) {
        throw new Error(errorMessage(error));
      }
    },
    async chooseTabInterview({ sessionId }) {
      // The one tab is on its platform's own host.
      const href = call ? `https://${platformOf(call.platform).testHost}/` : '';
      call = await chosenCall(service, call, overTheWire(sessionId), href);
      return openTabInterview();
    },
    subscribe<N extends LiveQueryName>(query: N, params: LiveParams<N>, observer: LiveObserver<LiveResult<N>>) {
      const run: (db: InterviewDatabase, p: LiveParams<N>) => Promise<LiveResult<N>> = liveQueries[query];
      const subscription = liveQuery(() => run(db, params)).subscribe({
        next: (value) => observer.next(overTheWire(value)),
        error: (error: unknown) => observer.error(errorMessage(error)),
      });
      const leave = query === 'session' && 'attend' in params && params.attend ? presence.attach(params.sessionId) : undefined;
      return () => {
        subscription.unsubscribe();
        leave?.();
      };
    },
  });
}
