import { ratingLabel } from '@/lib/export/interview-naming';
import type { OutlinedQuestion } from '@/lib/interviews/question-outline';

const STATUS = { asked: 'asked', 'not-asked': 'not asked', skipped: 'skipped' } as const;

/** Every question of the interview, with its rating; choosing one opens it beside the list. */
export function PastQuestionList({
  outline,
  current,
  onChoose,
}: {
  outline: OutlinedQuestion[];
  current: number;
  onChoose: (index: number) => void;
}) {
  return (
    <nav className="past-questions" aria-label="Questions of this interview">
      <ol>
        {outline.map((q) => (
          <li key={q.question.id}>
            <button type="button" aria-current={q.index === current ? 'true' : undefined} onClick={() => onChoose(q.index)}>
              <span className="past-question-text">
                {q.index + 1}. {q.question.text}
              </span>
              <span className={`past-question-rating rating-${q.note?.rating ?? 'none'}`}>
                {q.status === 'asked' ? ratingLabel(q.note) : STATUS[q.status]}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
