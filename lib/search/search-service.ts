import type { InterviewDatabase } from '../db/database';
import type { InterviewSummary } from '../interviews/interview-summary';
import { noteId } from '../interviews/interview-types';
import { interviewCatalog } from './interview-catalog';
import { interviewDocument, type SearchField } from './interview-document';
import { matchesFilters, type InterviewFilters } from './search-filters';
import { snippetAround } from './search-text';

export interface InterviewHit {
  /** Indexed words that matched, for highlighting. */
  terms: string[];
  fields: SearchField[];
  /** A line of the matching text around the first match, for the best hits. */
  snippet?: { field: SearchField; text: string };
}

export interface InterviewSearchResult {
  rows: InterviewSummary[];
  hits: Record<string, InterviewHit>;
}

/** The hits that get a snippet: enough to fill a screen; the rest show where they matched. */
const SNIPPETS = 20;
const SNIPPET_ORDER: SearchField[] = ['notes', 'summary', 'redFlags', 'questions'];
export const MAX_QUERY_LENGTH = 500;

/** Search and filters of the Interviews section, answered from the background's catalog. */
export function createSearchService(db: InterviewDatabase) {
  const catalog = interviewCatalog(db);

  /** Snippets for the best hits, read in one transaction: the catalog keeps no note text in memory. */
  async function addSnippets(ids: string[], hits: Record<string, InterviewHit>): Promise<void> {
    const [sessions, notes] = await db.transaction('r', db.sessions, db.notes, async () => {
      const found = await db.sessions.bulkGet(ids);
      // Notes by their ids (session/question) rather than anyOf on the index: one keyed read each.
      const noteIds = found.flatMap((s) => (s ? s.kit.questions.map((q) => noteId(s.id, q.id)) : []));
      return [found, (await db.notes.bulkGet(noteIds)).filter((n) => n !== undefined)] as const;
    });
    for (const session of sessions) {
      const hit = session && hits[session.id];
      const field = hit && SNIPPET_ORDER.find((f) => hit.fields.includes(f));
      if (!hit || !field) continue;
      const text = snippetAround(
        interviewDocument(
          session,
          notes.filter((n) => n.sessionId === session.id),
        )[field],
        hit.terms,
      );
      if (text) hit.snippet = { field, text };
    }
  }

  return {
    /**
     * Interviews matching the words (every word, as a prefix; long words forgive a typo) and the
     * filters: best match first, or newest first with no words.
     */
    searchInterviews: async (query: string, filters: InterviewFilters = {}): Promise<InterviewSearchResult> => {
      if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH)
        throw new Error(`A search can be at most ${MAX_QUERY_LENGTH} characters.`);
      if (!query.trim()) return { rows: (await catalog.list()).filter((row) => matchesFilters(row, filters)), hits: {} };
      const rows: InterviewSummary[] = [];
      const hits: Record<string, InterviewHit> = {};
      for (const { row, terms, fields } of await catalog.match(query)) {
        if (!matchesFilters(row, filters)) continue;
        rows.push(row);
        hits[row.id] = { terms, fields: fields as SearchField[] };
      }
      await addSnippets(
        rows.slice(0, SNIPPETS).map((r) => r.id),
        hits,
      );
      return { rows, hits };
    },
  };
}
