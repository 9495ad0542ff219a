import { useEffect } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useInterviewSearch } from '@/hooks/use-interview-search';
import { useNow } from '@/hooks/use-now';
import { useHistoryStore } from '@/lib/stores/history-store';
import { groupCandidates } from '@/lib/interviews/candidate-groups';
import { CandidateList } from '../candidates/candidate-list';
import { CandidateView } from '../candidates/candidate-view';
import { CompareView } from '../compare/compare-view';
import { PastInterviewView } from '../past-interview/past-interview-view';
import { HistoryUndoBar } from './history-undo-bar';
import { ImportInterviewsButton } from './import-interviews-button';
import { InterviewFiltersBar } from './interview-filters';
import { InterviewList } from './interview-list';
import { SelectionToolbar } from './selection-toolbar';

/**
 * The Interviews section: find any past interview (search as you type, filters), choose some to
 * compare, export or delete, and open one to read or edit it without rejoining the call.
 */
export function InterviewHistory() {
  const view = useHistoryStore((s) => s.view);
  return (
    <>
      <HistoryUndoBar />
      {view.kind === 'interview' && <PastInterviewView sessionId={view.id} />}
      {view.kind === 'compare' && <CompareView sessionIds={view.ids} />}
      {view.kind === 'candidate' && <CandidateView candidateKey={view.key} />}
      {view.kind === 'list' && <HistoryList />}
    </>
  );
}

function HistoryList() {
  const client = useDataClient();
  const { query, filters } = useHistoryStore();
  const search = useInterviewSearch(query, filters);
  const now = useNow(false);
  // A retention period, if set, is applied as the list opens (nothing runs on a timer).
  useEffect(() => void client.retention.applyRetention().catch(() => undefined), [client]);

  if (search.status === 'loading')
    return (
      <p role="status" aria-busy>
        Loading past interviews…
      </p>
    );
  if (search.status === 'error') return <p role="alert">Could not load past interviews: {search.status === 'error' && search.message}</p>;
  return (
    <section className="interview-history" aria-labelledby="history-heading">
      <div className="history-heading-row">
        <h1 id="history-heading">Past interviews</h1>
        <ImportInterviewsButton />
      </div>
      {search.all.length === 0 ? (
        <p role="status">No interviews yet. Each call you take notes in appears here, or import a colleague’s.</p>
      ) : (
        <HistoryBody search={search} now={now} />
      )}
    </section>
  );
}

function HistoryBody({ search, now }: { search: Extract<ReturnType<typeof useInterviewSearch>, { status: 'ready' }>; now: number }) {
  const { filters, byCandidate } = useHistoryStore();
  const overdue = search.all.filter((r) => r.missing > 0 && now - r.startedAt > 86_400_000).length;
  return (
    <>
      <InterviewFiltersBar all={search.all} />
      {overdue > 0 && !filters.unfinished && (
        <p className="history-reminder-bar">
          {overdue === 1 ? 'One interview has' : `${overdue.toLocaleString()} interviews have`} an unfinished scorecard a day after the
          call.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => useHistoryStore.getState().setFilters({ ...filters, unfinished: true })}
          >
            Show them
          </button>
        </p>
      )}
      <SelectionToolbar rows={search.rows} />
      <p role="status" className="history-count" aria-busy={search.searching || undefined}>
        {resultLine(search.rows.length, search.all.length, search.searching)}
      </p>
      {search.rows.length > 0 &&
        (byCandidate ? (
          <CandidateList groups={groupCandidates(search.rows)} labelledBy="history-heading" />
        ) : (
          <InterviewList rows={search.rows} hits={search.hits} now={now} labelledBy="history-heading" />
        ))}
    </>
  );
}

function resultLine(shown: number, total: number, searching: boolean): string {
  if (searching) return 'Searching…';
  if (shown === total) return `${total.toLocaleString()} interview${total === 1 ? '' : 's'}`;
  if (shown === 0) return 'No interview matches. Try fewer words or clear the filters.';
  return `${shown.toLocaleString()} of ${total.toLocaleString()} interviews`;
}
