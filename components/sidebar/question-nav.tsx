import type { ReactNode } from 'react';
import type { QuestionStatus } from '@/lib/interviews/question-status';

interface QuestionNavProps {
  index: number;
  total: number;
  status: QuestionStatus;
  onGo: (index: number) => void;
  onMark: (mark: 'asked' | 'skipped' | null) => void;
  onWrapUp: () => void;
  /** Shown at the end of the second row (the keys' state). */
  children?: ReactNode;
}

/** Previous / Next, hand marks, and the way to the wrap-up, offered on the last question. */
export function QuestionNav({ index, total, status, onGo, onMark, onWrapUp, children }: QuestionNavProps) {
  const isLast = index >= total - 1;
  return (
    <nav className="question-nav" aria-label="Questions">
      <div className="nav-row">
        <button
          type="button"
          className="nav-previous"
          data-key-hint="P"
          aria-label="Previous question"
          aria-keyshortcuts="P"
          disabled={index <= 0}
          onClick={() => onGo(index - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="primary nav-next"
          data-key-hint="N"
          aria-label="Next question"
          aria-keyshortcuts="N"
          disabled={isLast}
          onClick={() => onGo(index + 1)}
        >
          Next
          <span className="next-arrow" aria-hidden="true" />
        </button>
      </div>
      <div className="nav-row secondary">
        {status === 'skipped' ? (
          <button type="button" className="link-button" onClick={() => onMark(null)}>
            Unskip
          </button>
        ) : (
          <button type="button" className="link-button" aria-keyshortcuts="S" onClick={() => onMark('skipped')}>
            Skip question <kbd aria-hidden="true">S</kbd>
          </button>
        )}
        {status === 'not-asked' && (
          <button type="button" className="link-button" onClick={() => onMark('asked')}>
            Mark asked
          </button>
        )}
        {isLast && (
          <button type="button" className="link-button" onClick={onWrapUp}>
            Open the wrap-up
          </button>
        )}
        {children}
      </div>
    </nav>
  );
}
