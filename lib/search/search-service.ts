import type { InterviewDatabase } from '../db/database';
import type { InterviewSummary } from '../interviews/interview-summary';
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
const SNIPPETS = 30;
const SNIPPET_ORDER: SearchField[] = ['notes', 'summary', 'redFlags', 'questions'];
export const MAX_QUERY_LENGTH = 500;

/** Search and filters of the Interviews section, answered from the background's catalog. */
export function createSearchService(db: InterviewDatabase) {
  const catalog = interviewCatalog(db);

  async function snippet(id: string, hit: InterviewHit): Promise<InterviewHit['snippet']> {
    const field = SNIPPET_ORDER.find((f) => hit.fields.includes(f));
    if (!field) return undefined;
    const [session, notes] = await db.transaction('r', db.sessions, db.notes, () =>
      Promise.all([db.sessions.get(id), db.notes.where('sessionId').equals(id).toArray()]),
    );
    if (!session) return undefined;
    const text = snippetAround(interviewDocument(session, notes)[field], hit.terms);
    return text ? { field, text } : undefined;
  }

  return {
    /**
     * Interviews matching the words (every word, as a prefix; long words forgive a typo) and the
     * filters: best match first, or newest first with no words.
     */
    searchInterviews: async (query: string, filters: InterviewFilters = {}): Promise<InterviewSearchResult> => {
      if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) throw new Error(`A search can be at most ${MAX_QUERY_LENGTH} characters.`);
      if (!query.trim()) return { rows: (await catalog.list()).filter((row) => matchesFilters(row, filters)), hits: {} };
      const rows: InterviewSummary[] = [];
      const hits: Record<string, InterviewHit> = {};
      for (const match of await catalog.match(query)) {
        const row = await catalog.get(match.id);
        if (!row || !matchesFilters(row, filters)) continue;
        rows.push(row);
        hits[row.id] = { terms: match.terms, fields: match.fields as SearchField[] };
      }
      const withSnippets = rows.slice(0, SNIPPETS);
      const snippets = await Promise.all(withSnippets.map((row) => snippet(row.id, hits[row.id]!)));
      withSnippets.forEach((row, i) => (hits[row.id]!.snippet = snippets[i]));
      return { rows, hits };
    },
  };
}
