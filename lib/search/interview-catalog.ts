import MiniSearch from 'minisearch';
import { watchInterviewChanges, type InterviewChange } from '../db/change-feed';
import type { InterviewDatabase } from '../db/database';
import { newestFirst, summarizeInterview, type InterviewSummary } from '../interviews/interview-summary';
import { FIELD_BOOST, SEARCH_FIELDS, interviewDocument, type InterviewDocument } from './interview-document';
import { foldText, words } from './search-text';

export interface CatalogMatch {
  id: string;
  score: number;
  /** The indexed words that matched (folded), for highlighting. */
  terms: string[];
  /** The fields they matched in. */
  fields: string[];
}

/**
 * The background's in-memory picture of every interview: a summary per interview and a MiniSearch
 * full-text index. Built from the database the first time it is asked, then kept in step: the
 * change feed marks the interviews each write touches, and they are read again before the next
 * question is answered. One catalog per database object, so every service of the background shares it.
 */
export function interviewCatalog(db: InterviewDatabase): InterviewCatalog {
  let catalog = catalogs.get(db);
  if (!catalog) catalogs.set(db, (catalog = createCatalog(db)));
  return catalog;
}

const catalogs = new WeakMap<InterviewDatabase, InterviewCatalog>();
export type InterviewCatalog = ReturnType<typeof createCatalog>;

function newIndex() {
  return new MiniSearch<InterviewDocument>({
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize: words,
    processTerm: (term) => foldText(term) || null,
    // The last word is the one being typed: it matches as a prefix (from two letters, since one letter
    // would match most of the index). Finished words of six letters or more forgive one typo.
    searchOptions: {
      boost: FIELD_BOOST,
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
      fuzzy: (term, i, terms) => (i < terms.length - 1 && term.length >= 6 ? 1 : false),
      combineWith: 'AND',
    },
  });
}

function createCatalog(db: InterviewDatabase) {
  let index = newIndex();
  const summaries = new Map<string, InterviewSummary>();
  let built = false;
  let dirty = new Set<string>();
  let pending: Promise<void> | undefined;
  let sorted: InterviewSummary[] | undefined;

  watchInterviewChanges(db, (change: InterviewChange) => {
    if ('all' in change) built = false;
    else for (const id of change.ids) dirty.add(id);
  });

  async function rebuild(): Promise<void> {
    built = true;
    dirty = new Set();
    const [sessions, notes] = await db.transaction('r', db.sessions, db.notes, () =>
      Promise.all([db.sessions.toArray(), db.notes.toArray()]),
    );
    const bySession = new Map<string, typeof notes>();
    for (const note of notes) {
      const list = bySession.get(note.sessionId);
      if (list) list.push(note);
      else bySession.set(note.sessionId, [note]);
    }
    index = newIndex();
    summaries.clear();
    index.addAll(sessions.map((s) => interviewDocument(s, bySession.get(s.id) ?? [])));
    for (const s of sessions) summaries.set(s.id, summarizeInterview(s, bySession.get(s.id) ?? []));
    sorted = undefined;
  }

  async function refresh(ids: string[]): Promise<void> {
    const rows = await db.transaction('r', db.sessions, db.notes, () =>
      Promise.all(ids.map(async (id) => [id, await db.sessions.get(id), await db.notes.where('sessionId').equals(id).toArray()] as const)),
    );
    for (const [id, session, notes] of rows) {
      if (summaries.has(id)) index.discard(id);
      summaries.delete(id);
      if (!session) continue;
      index.add(interviewDocument(session, notes));
      summaries.set(id, summarizeInterview(session, notes));
    }
    sorted = undefined;
  }

  /** Brings the catalog up to date; concurrent callers share one pass, and a pass repeats while writes arrive. */
  function ready(): Promise<void> {
    if (built && dirty.size === 0) return pending ?? Promise.resolve();
    pending ??= (async () => {
      try {
        while (!built || dirty.size) {
          if (!built) await rebuild();
          else {
            const ids = [...dirty];
            dirty = new Set();
            await refresh(ids);
          }
        }
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  }

  return {
    ready,
    /** Every interview, newest first. */
    async list(): Promise<InterviewSummary[]> {
      await ready();
      sorted ??= [...summaries.values()].sort(newestFirst);
      return sorted;
    },
    /** Full-text matches, best first, with their summaries. */
    async match(query: string): Promise<(CatalogMatch & { row: InterviewSummary })[]> {
      await ready();
      return index.search(query).flatMap((r) => {
        const row = summaries.get(String(r.id));
        return row ? [{ id: row.id, row, score: r.score, terms: r.terms, fields: [...new Set(Object.values(r.match).flat())] }] : [];
      });
    },
  };
}
