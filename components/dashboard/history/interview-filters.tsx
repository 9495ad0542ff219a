import { RATINGS, RATING_LABELS } from '@/lib/interviews/interview-types';
import type { InterviewSummary } from '@/lib/interviews/interview-summary';
import { PLATFORMS } from '@/lib/platforms';
import { hasFilters, type InterviewFilters } from '@/lib/search/search-filters';
import { useHistoryStore } from '@/lib/stores/history-store';

/** The search box and the filters: kit or role, date range, recommendation, platform, unfinished. */
export function InterviewFiltersBar({ all }: { all: InterviewSummary[] }) {
  const { query, filters, setQuery, setFilters, byCandidate, setByCandidate } = useHistoryStore();
  const roles = [...new Set(all.flatMap((r) => [r.role, r.kitTitle]))].sort((a, b) => a.localeCompare(b));
  const set = (patch: Partial<InterviewFilters>) => setFilters({ ...filters, ...patch });

  return (
    <div className="history-search" role="search">
      <input
        type="search"
        aria-label="Search interviews"
        placeholder="Search names, roles, notes, summaries, red flags, questions…"
        value={query}
        maxLength={500}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="history-filters">
        <label>
          Kit or role
          <select value={filters.role ?? ''} onChange={(e) => set({ role: e.target.value || undefined })}>
            <option value="">Any</option>
            {roles.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label>
          To
          <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
        <label>
          Recommendation
          <select
            value={filters.recommendation ?? ''}
            onChange={(e) => set({ recommendation: (e.target.value || undefined) as InterviewFilters['recommendation'] })}
          >
            <option value="">Any</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {RATING_LABELS[r]}
              </option>
            ))}
            <option value="none">No decision</option>
          </select>
        </label>
        <label>
          Platform
          <select
            value={filters.platform ?? ''}
            onChange={(e) => set({ platform: (e.target.value || undefined) as InterviewFilters['platform'] })}
          >
            <option value="">Any</option>
            {PLATFORMS.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={Boolean(filters.unfinished)}
            onChange={(e) => set({ unfinished: e.target.checked || undefined })}
          />
          Unfinished scorecards
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={byCandidate} onChange={(e) => setByCandidate(e.target.checked)} />
          Group by candidate
        </label>
        {(hasFilters(filters) || query) && (
          <button type="button" className="link-button" onClick={() => (setFilters({}), setQuery(''))}>
            Clear search and filters
          </button>
        )}
      </div>
    </div>
  );
}
