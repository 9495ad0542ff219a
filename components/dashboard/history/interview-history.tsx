import { useState } from 'react';
import { MarkdownExportButtons } from '@/components/export/markdown-export-buttons';
import { useLive } from '@/hooks/use-live';
import { RATING_LABELS } from '@/lib/interviews/interview-types';
import type { InterviewSummary } from '@/lib/interviews/interview-summary';
import { UNNAMED_CANDIDATE } from '@/lib/export/interview-markdown';
import { ZipExportButton } from './zip-export-button';

/**
 * Past interviews, newest first: who, for what, when and the recommendation, with Copy / Export
 * Markdown per interview, and a selection to export several at once as a .zip.
 */
export function InterviewHistory() {
  const interviews = useLive('interviews', {});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  if (interviews.status === 'loading') return <p role="status" aria-busy>Loading past interviews…</p>;
  if (interviews.status === 'error') return <p role="alert">Could not load past interviews: {interviews.message}</p>;
  const rows = interviews.value;
  if (rows.length === 0) return <p role="status">No interviews yet. Each call you take notes in appears here.</p>;

  // Interviews deleted meanwhile drop out of the selection.
  const chosen = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const toggle = (id: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="interview-history" aria-labelledby="history-heading">
      <h1 id="history-heading">Past interviews</h1>
      <div className="history-toolbar">
        <label>
          <input
            type="checkbox"
            checked={chosen.length === rows.length}
            onChange={(e) => setSelected(new Set(e.target.checked ? rows.map((r) => r.id) : []))}
          />
          Select all
        </label>
        <ZipExportButton sessionIds={chosen} />
      </div>
      <ul aria-labelledby="history-heading">
        {rows.map((row) => (
          <HistoryRow key={row.id} row={row} checked={selected.has(row.id)} onCheck={(on) => toggle(row.id, on)} />
        ))}
      </ul>
    </section>
  );
}

function HistoryRow({ row, checked, onCheck }: { row: InterviewSummary; checked: boolean; onCheck: (on: boolean) => void }) {
  const name = row.candidateName.trim() || UNNAMED_CANDIDATE;
  const started = new Date(row.startedAt);
  const nameId = `history-${row.id}`;
  return (
    <li aria-labelledby={nameId} className="history-row">
      <input type="checkbox" aria-label={`Select ${name}, ${started.toLocaleDateString()}`} checked={checked} onChange={(e) => onCheck(e.target.checked)} />
      <div className="history-facts">
        <strong id={nameId}>{name}</strong>
        <span>{row.role}</span>
        <time dateTime={started.toISOString()}>{started.toLocaleDateString(undefined, { dateStyle: 'medium' })}</time>
        <span>{row.recommendation ? RATING_LABELS[row.recommendation] : 'No decision'}</span>
      </div>
      <MarkdownExportButtons sessionId={row.id} />
    </li>
  );
}
