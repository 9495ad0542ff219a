import type { KitQuestion } from '@/lib/kits/kit-types';
import { formatElapsed } from '@/lib/interviews/interview-clock';
import type { QuestionStatus } from '@/lib/interviews/question-status';

interface QuestionCardProps {
  question: KitQuestion;
  index: number;
  total: number;
  status: QuestionStatus;
  spentMs: number;
  budgetMs: number;
  /** False in compact view: the question alone. */
  showAnswer: boolean;
}

export const QUESTION_HEADING_ID = 'current-question';

const STATUS_LABELS: Record<QuestionStatus, string> = { 'not-asked': 'Not asked', asked: 'Asked', skipped: 'Skipped' };

/** The question to ask now, where it stands, and what a good answer sounds like. */
export function QuestionCard({ question, index, total, status, spentMs, budgetMs, showAnswer }: QuestionCardProps) {
  return (
    <section className="question-card" aria-labelledby={QUESTION_HEADING_ID}>
      <p className="question-meta">
        <span>
          Question {index + 1} of {total}
        </span>
        <span className={`question-status status-${status}`}>{STATUS_LABELS[status]}</span>
        <span className="question-time" title="Time on this question / its budget">
          {formatElapsed(spentMs)} / {formatElapsed(budgetMs)}
        </span>
      </p>
      <h1 id={QUESTION_HEADING_ID} className="question-text" tabIndex={-1}>
        {question.text}
      </h1>
      {showAnswer && (question.sampleAnswer || question.guidance) && (
        <section className="sample-answer" aria-label="Sample answer">
          {question.sampleAnswer && <p>{question.sampleAnswer}</p>}
          {question.guidance && (
            <p className="guidance">
              <strong>Listen for: </strong>
              {question.guidance}
            </p>
          )}
        </section>
      )}
    </section>
  );
}
