import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useHistoryStore } from '@/lib/stores/history-store';

/** "Deleted 2 interviews. Undo": puts them back whole, notes included. */
export function HistoryUndoBar() {
  const client = useDataClient();
  const { undo, offerUndo } = useHistoryStore();
  const [error, setError] = useState<string>();
  if (!undo?.length && !error) return null;
  const count = undo?.length ?? 0;
  const what = count === 1 ? `“${undo![0]!.session.candidateName.trim() || 'Unnamed candidate'}”` : `${count} interviews`;
  return (
    <div className="undo-bar" role={error ? 'alert' : 'status'}>
      {error ? `Could not undo: ${error}` : `Deleted ${what}.`}
      {undo && !error && (
        <button
          type="button"
          onClick={() =>
            client.removal.restoreInterviews(undo).then(
              () => offerUndo(null),
              (e: Error) => setError(e.message),
            )
          }
        >
          Undo
        </button>
      )}
      <button type="button" className="link-button" aria-label="Dismiss" onClick={() => (offerUndo(null), setError(undefined))}>
        ×
      </button>
    </div>
  );
}
