import { useRef, useState } from 'react';
import { useOverflow } from '@/hooks/use-overflow';
import type { KitQuestion } from '@/lib/kits/kit-types';

/**
 * The sample answer and what to listen for, folded to a few lines so the rating, the notes and
 * the red flags stay in sight; "Show all" unfolds it for this question.
 */
export function SampleAnswer({ question }: { question: KitQuestion }) {
  const box = useRef<HTMLDivElement>(null);
  const [openFor, setOpenFor] = useState<string>();
  const open = openFor === question.id;
  const folded = useOverflow(box, `${question.id}:${String(open)}`);
  if (!question.sampleAnswer && !question.guidance) return null;

  return (
    <section className="sample-answer" aria-labelledby="sample-answer-heading">
      <div ref={box} className={open ? 'answer-text' : 'answer-text folded'}>
        {question.sampleAnswer && (
          <>
            <h2 id="sample-answer-heading" className="answer-label">
              Sample answer
            </h2>
            <p>{question.sampleAnswer}</p>
          </>
        )}
        {question.guidance && (
          <>
            <h2 id={question.sampleAnswer ? undefined : 'sample-answer-heading'} className="answer-label">
              Listen for
            </h2>
            <p className="guidance">{question.guidance}</p>
          </>
        )}
      </div>
      {(folded || open) && (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpenFor(open ? undefined : question.id)}>
          {open ? 'Show less' : 'Show all'}
        </button>
      )}
    </section>
  );
}
