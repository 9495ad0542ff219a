import { Dexie, type EntityTable } from 'dexie';
import type { Kit } from '../kits/kit-types';
import type { InterviewSession, QuestionNote, Setting } from '../interviews/interview-types';
import { installChangeFeed } from './change-feed';
import { applySchemaVersions } from './schema-versions';

export const DATABASE_NAME = 'interview-sidebar';

/**
 * The one database of the extension. Only the background service worker opens it
 * (see docs/architecture.md: IndexedDB is denied to the in-page iframe when third-party cookies are
 * blocked, and a content script's IndexedDB belongs to the meeting site).
 */
export type InterviewDatabase = Dexie & {
  kits: EntityTable<Kit, 'id'>;
  sessions: EntityTable<InterviewSession, 'id'>;
  notes: EntityTable<QuestionNote, 'id'>;
  settings: EntityTable<Setting, 'key'>;
};

export function openInterviewDatabase(name = DATABASE_NAME, upToVersion?: number): InterviewDatabase {
  const db = new Dexie(name) as InterviewDatabase;
  applySchemaVersions(db, upToVersion);
  // Keeps the background's search index (lib/search/interview-catalog.ts) and what a new call paints
  // before the worker answers (lib/background/first-screen-keeper.ts) in step with every write.
  installChangeFeed(db);
  return db;
}

/**
 * Whether the database is there. `runtime.onInstalled` says "install" also to an unpacked extension
 * that Chromium loads with `--load-extension`, on every start (measured: the e2e suite and the
 * benches restart so), its database there with its interviews: only a missing database makes a
 * first install (entrypoints/background.ts). Where the browser cannot list its databases, the
 * database is taken to be there, the side on which a stand-in never hides an interview.
 */
export async function interviewDatabaseExists(name = DATABASE_NAME): Promise<boolean> {
  const names = await Dexie.getDatabaseNames().catch(() => undefined);
  return names === undefined || names.includes(name);
}
