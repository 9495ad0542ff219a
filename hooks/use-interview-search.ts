import { useEffect, useState } from 'react';
import type { InterviewSummary } from '@/lib/interviews/interview-summary';
import { hasFilters, type InterviewFilters } from '@/lib/search/search-filters';
import type { InterviewHit } from '@/lib/search/search-service';
import { useDataClient } from './use-data-client';
import { useLive } from './use-live';

export type InterviewSearchState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; all: InterviewSummary[]; rows: InterviewSummary[]; hits: Record<string, InterviewHit>; searching: boolean };

/**
 * Every interview (live), and those the search and filters keep. The background answers each
 * change of the words; an answer to older words than the latest is dropped.
 */
export function useInterviewSearch(query: string, filters: InterviewFilters): InterviewSearchState {
  const client = useDataClient();
  const live = useLive('interviews', {});
  const active = query.trim() !== '' || hasFilters(filters);
  const key = JSON.stringify([query, filters]);
  const [answer, setAnswer] = useState<
    { key: string; all: unknown; rows: InterviewSummary[]; hits: Record<string, InterviewHit> } | { key: string; error: string }
  >();
  const all = live.status === 'ready' ? live.value : undefined;

  useEffect(() => {
    if (!active || !all) return;
    let current = true;
    const [words, chosen] = JSON.parse(key) as [string, InterviewFilters];
    client.search.searchInterviews(words, chosen).then(
      (result) => current && setAnswer({ key, all, ...result }),
      (error: unknown) => current && setAnswer({ key, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, key, active, all]);

  if (live.status !== 'ready') return live;
  if (!active) return { status: 'ready', all: live.value, rows: live.value, hits: {}, searching: false };
  if (answer && 'error' in answer && answer.key === key) return { status: 'error', message: answer.error };
  // While the newest answer is on its way, the previous one stays on screen.
  if (answer && 'rows' in answer) {
    return { status: 'ready', all: live.value, rows: answer.rows, hits: answer.hits, searching: answer.key !== key || answer.all !== all };
  }
  return { status: 'ready', all: live.value, rows: [], hits: {}, searching: true };
}
