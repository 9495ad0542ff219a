import { useState } from 'react';
import { formatElapsed } from '@/lib/interviews/interview-clock';
import type { MatrixCell } from '@/lib/compare/compare-matrix';
import { cellLabel } from '@/lib/compare/comparison-csv';

/** One candidate on one question: the rating as a coloured label, the time, and the note, opened in place. */
export function CompareCell({ cell, label }: { cell: MatrixCell; label: string }) {
  const [open, setOpen] = useState(false);
  if (cell.kind !== 'answer') {
    return (
      <span
        className="rating-label rating-none not-asked"
        title={cell.kind === 'not-in-kit' ? 'Not in the kit this interview used' : undefined}
      >
        Not asked
      </span>
    );
  }
  const note = cell.note.trim();
  return (
    <div className="compare-cell">
      <span className={`rating-label rating-${cell.rating ?? 'none'}`}>{cellLabel(cell)}</span>
      <span className="cell-time">{formatElapsed(cell.spentMs)}</span>
      {note && (
        <>
          <button type="button" className="link-button" aria-expanded={open} aria-label={`Note: ${label}`} onClick={() => setOpen(!open)}>
            {open ? 'Hide note' : 'Note'}
          </button>
          {open && <p className="cell-note">{note}</p>}
        </>
      )}
    </div>
  );
}
