import type { InterviewDatabase } from '../db/database';
import type { Kit } from '../kits/kit-types';
import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import type { InterviewSummary } from '../interviews/interview-summary';
import { interviewCatalog } from '../search/interview-catalog';

/** Every live query a surface can subscribe to: its parameters and the value it delivers. */
export interface LiveQueryMap {
  /** `attend`: the subscriber is a surface of the interview itself (sidebar, side panel), whose
   *  presence keeps the clock running (see lib/background/interview-presence.ts). */
  session: { params: { sessionId: string; attend?: boolean }; result: InterviewSession | null };
  notes: { params: { sessionId: string }; result: QuestionNote[] };
  /** The id of a call's interview once it exists (the sidebar of a call where nothing was done yet waits for it). */
  meetingSessionId: { params: { meetingKey: string }; result: string | null };
  kits: { params: Record<string, never>; result: Kit[] };
  /** Every interview for the history, newest first, without kit snapshots or notes. */
  interviews: { params: Record<string, never>; result: InterviewSummary[] };
}

export type LiveQueryName = keyof LiveQueryMap;
export type LiveParams<N extends LiveQueryName> = LiveQueryMap[N]['params'];
export type LiveResult<N extends LiveQueryName> = LiveQueryMap[N]['result'];

type LiveQueryFunctions = {
  [N in LiveQueryName]: (db: InterviewDatabase, params: LiveParams<N>) => Promise<LiveResult<N>>;
};

/** The queries themselves; the background runs them inside Dexie's liveQuery. */
export const liveQueries: LiveQueryFunctions = {
  session: async (db, { sessionId }) => (await db.sessions.get(sessionId)) ?? null,
  notes: (db, { sessionId }) => db.notes.where('sessionId').equals(sessionId).toArray(),
  meetingSessionId: async (db, { meetingKey }) =>
    ((await db.sessions.where('meetingKey').equals(meetingKey).primaryKeys())[0] as string) ?? null,
  kits: (db) => db.kits.toArray(),
  // The summaries come from the background's catalog (kit snapshots and notes stay out of it); reading
  // the updatedAt index, keys only, is what makes this query run again after any interview changes.
  interviews: async (db) => {
    await Promise.all([db.sessions.orderBy('updatedAt').keys(), db.notes.count()]);
    return interviewCatalog(db).list();
  },
};

/** Queries whose result is a list of rows with ids, in id order: they are sent as patches (lib/messaging/live-diff.ts). */
export const KEYED_QUERIES: ReadonlySet<LiveQueryName> = new Set(['notes', 'kits']);

export function isLiveQueryName(name: unknown): name is LiveQueryName {
  return typeof name === 'string' && Object.hasOwn(liveQueries, name);
}
