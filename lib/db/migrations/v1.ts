import type { SchemaVersion } from './schema-version';

/**
 * Version 1: kits, interview sessions (one per meeting, unique meetingKey) and one note row per
 * question. Indexed only what is queried: sessions by meeting and recency, notes by session.
 */
export const version1: SchemaVersion = {
  version: 1,
  stores: {
    kits: 'id',
    sessions: 'id, &meetingKey, updatedAt',
    notes: 'id, sessionId',
  },
};
