import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSummary } from '@/lib/interviews/interview-summary';
import { useHistoryStore } from '@/lib/stores/history-store';
import { ZipExportButton } from './zip-export-button';

/** What can be done with the chosen interviews: compare, export, delete. "Select all" takes what the search shows. */
export function SelectionToolbar({ rows }: { rows: InterviewSummary[] }) {
  const client = useDataClient();
  const { selected, select, clearSelection, show, offerUndo } = useHistoryStore();
  const [error, setError] = useState<string>();
  const shown = new Set(rows.map((r) => r.id));
  // Interviews deleted meanwhile, or hidden by the search, drop out of what the buttons act on.
  const chosen = [...selected].filter((id) => shown.has(id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;

  const remove = async () => {
    try {
      offerUndo(await client.removal.deleteInterviews(chosen));
      clearSelection();
      setError(undefined);
    } catch (e) {
      setError(`Could not delete: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="history-toolbar">
      <label className="inline-check">
        <input type="checkbox" checked={allChosen} onChange={(e) => (e.target.checked ? select(shown, true) : clearSelection())} />
        Select all{rows.length ? ` ${rows.length.toLocaleString()}` : ''}
      </label>
      <span className="selection-count" aria-live="polite">
        {chosen.length ? `${chosen.length.toLocaleString()} selected` : ''}
      </span>
      <button type="button" className="primary" disabled={chosen.length < 2} onClick={() => show({ kind: 'compare', ids: chosen })}>
        Compare
      </button>
      <button
        type="button"
        disabled={chosen.length < 2}
        title="The selected interviews, and the other rounds of their candidates, become one candidate"
        onClick={() =>
          void client.candidates.mergeCandidates(chosen).then(
            () => (clearSelection(), setError(undefined)),
            (e: Error) => setError(`Could not merge: ${e.message}`),
          )
        }
      >
        Same candidate
      </button>
      <ZipExportButton sessionIds={chosen} />
      <button type="button" disabled={chosen.length === 0} onClick={() => void remove()}>
        Delete selected
      </button>
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
