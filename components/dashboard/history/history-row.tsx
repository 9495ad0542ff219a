import { RATING_LABELS } from '@/lib/interviews/interview-types';
import type { InterviewSummary } from '@/lib/interviews/interview-summary';
import { UNNAMED_CANDIDATE } from '@/lib/export/interview-naming';
import { FIELD_LABELS } from '@/lib/search/interview-document';
import type { InterviewHit } from '@/lib/search/search-service';
import { HighlightedText } from './highlighted-text';

interface HistoryRowProps {
  row: InterviewSummary;
  hit: InterviewHit | undefined;
  checked: boolean;
  onCheck: (on: boolean) => void;
  onOpen: () => void;
  /** When the scorecard counts as overdue: a day after the call. */
  now: number;
  /** Place in the virtualised list, and its length, for assistive tech. */
  position: { index: number; count: number; top: number; height: number };
}

const DAY_MS = 86_400_000;

/** One past interview: checkbox, name, role, date, recommendation, reminder, Open; a snippet when searching. */
export function HistoryRow({ row, hit, checked, onCheck, onOpen, now, position }: HistoryRowProps) {
  const name = row.candidateName.trim() || UNNAMED_CANDIDATE;
  const started = new Date(row.startedAt);
  const nameId = `history-${row.id}`;
  const overdue = row.missing > 0 && now - row.startedAt > DAY_MS;
  return (
    <li
      aria-labelledby={nameId}
      aria-posinset={position.index + 1}
      aria-setsize={position.count}
      className="history-row"
      style={{ transform: `translateY(${position.top}px)`, height: position.height }}
    >
      <input
        type="checkbox"
        aria-label={`Select ${name}, ${started.toLocaleDateString()}`}
        checked={checked}
        onChange={(e) => onCheck(e.target.checked)}
      />
      <div className="history-main">
        <div className="history-facts">
          <strong id={nameId} className="history-name">
            <HighlightedText text={name} terms={hit?.terms} />
          </strong>
          <span className="history-role">
            <HighlightedText text={row.role} terms={hit?.terms} />
          </span>
          <time dateTime={started.toISOString()}>{started.toLocaleDateString(undefined, { dateStyle: 'medium' })}</time>
          <span className={`history-recommendation rating-${row.recommendation ?? 'none'}`}>
            Recommendation: {row.recommendation ? RATING_LABELS[row.recommendation] : 'No decision'}
          </span>
          {overdue && (
            <span className="history-reminder" title={`${row.missing} item${row.missing === 1 ? '' : 's'} still missing`}>
              Scorecard unfinished
            </span>
          )}
        </div>
        {hit && (
          <p className="history-snippet">
            {hit.snippet ? (
              <>
                <span className="snippet-field">{FIELD_LABELS[hit.snippet.field]}: </span>
                <HighlightedText text={hit.snippet.text} terms={hit.terms} />
              </>
            ) : (
              `Matched in ${hit.fields.map((f) => FIELD_LABELS[f].toLowerCase()).join(', ')}`
            )}
          </p>
        )}
      </div>
      <div className="history-actions">
        <button type="button" onClick={onOpen} aria-label={`Open ${name}, ${started.toLocaleDateString()}`}>
          Open
        </button>
      </div>
    </li>
  );
}
