import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';

/** Previous / Next. The position lives in the interview record, so a reopened call resumes here. */
export function QuestionNav({ sessionId, index, total }: { sessionId: string; index: number; total: number }) {
  const client = useDataClient();
  const [error, setError] = useState<string>();
  const go = (target: number) =>
    client.setCurrentQuestion(sessionId, target).then(
      () => setError(undefined),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );

  return (
    <nav className="question-nav" aria-label="Questions">
      <button type="button" aria-label="Previous question" disabled={index <= 0} onClick={() => go(index - 1)}>
        ← Previous
      </button>
      <button type="button" aria-label="Next question" disabled={index >= total - 1} onClick={() => go(index + 1)}>
        Next →
      </button>
      {error && <p role="alert">{error}</p>}
    </nav>
  );
}
