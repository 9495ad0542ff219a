import type { QuestionStatus } from '@/lib/interviews/question-status';

interface QuestionNavProps {
  index: number;
  total: number;
  status: QuestionStatus;
  onGo: (index: number) => void;
  onMark: (mark: 'asked' | 'skipped' | null) => void;
  onWrapUp: () => void;
}

/** Previous / Next, hand marks, and the way to wrap-up, suggested on the last question. */
export function QuestionNav({ index, total, status, onGo, onMark, onWrapUp }: QuestionNavProps) {
  const isLast = index >= total - 1;
  return (
    <nav className="question-nav" aria-label="Questions">
      <div className="nav-row">
        <button type="button" aria-label="Previous question" title="P" disabled={index <= 0} onClick={() => onGo(index - 1)}>
          ← Previous
        </button>
        <button type="button" className="primary" aria-label="Next question" title="N" disabled={isLast} onClick={() => onGo(index + 1)}>
          Next →
        </button>
      </div>
      <div className="nav-row secondary">
        {status === 'skipped' ? (
          <button type="button" className="link-button" onClick={() => onMark(null)}>
            Unskip
          </button>
        ) : (
          <button type="button" className="link-button" title="S" onClick={() => onMark('skipped')}>
            Skip question
          </button>
        )}
        {status === 'not-asked' && (
          <button type="button" className="link-button" onClick={() => onMark('asked')}>
            Mark asked
          </button>
        )}
      </div>
      {isLast && (
        <p className="wrap-up-hint">
          That was the last question.{' '}
          <button type="button" className="link-button" onClick={onWrapUp}>
            Open the wrap-up
          </button>
        </p>
      )}
    </nav>
  );
}
