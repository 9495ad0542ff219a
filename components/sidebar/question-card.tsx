import type { KitQuestion } from '@/lib/kits/kit-types';

/** The question to ask now, with what a good answer sounds like. */
export function QuestionCard({ question, index, total }: { question: KitQuestion; index: number; total: number }) {
  return (
    <section className="question-card" aria-labelledby="current-question">
      <p className="question-position">
        Question {index + 1} of {total}
      </p>
      <h1 id="current-question" className="question-text" tabIndex={-1}>
        {question.text}
      </h1>
      {(question.sampleAnswer || question.guidance) && (
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
