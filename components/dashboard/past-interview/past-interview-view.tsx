import { useState } from 'react';
import { NotesBox } from '@/components/sidebar/notes-box';
import { QuestionCard } from '@/components/sidebar/question-card';
import { RatingGroup } from '@/components/sidebar/rating-group';
import { RedFlagList } from '@/components/sidebar/red-flag-list';
import { useDataClient } from '@/hooks/use-data-client';
import { DraftWriterContext, useNewDraftWriter } from '@/hooks/use-draft-writer';
import { useLive } from '@/hooks/use-live';
import { useNow } from '@/hooks/use-now';
import { isRunning } from '@/lib/interviews/interview-clock';
import { interviewRole, UNNAMED_CANDIDATE } from '@/lib/export/interview-naming';
import { platformName } from '@/lib/platforms';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { questionBudgetsMs } from '@/lib/interviews/pacing';
import { outlineQuestions } from '@/lib/interviews/question-outline';
import { useHistoryStore } from '@/lib/stores/history-store';
import { PastQuestionList } from './past-question-list';
import { PastWrapUp } from './past-wrap-up';

/**
 * A past interview, open in the dashboard: its questions, notes, ratings, red flags and wrap-up,
 * read and edited with the sidebar's own components, without rejoining the call. Moving between
 * questions here never moves the interview's current question or its clock.
 */
export function PastInterviewView({ sessionId }: { sessionId: string }) {
  const writer = useNewDraftWriter();
  const session = useLive('session', { sessionId });
  const notes = useLive('notes', { sessionId });
  const back = <BackButton />;
  if (session.status === 'error') return <p role="alert">{session.message}</p>;
  if (session.status === 'loading')
    return (
      <p role="status" aria-busy>
        Loading the interview…
      </p>
    );
  if (!session.value)
    return (
      <div className="past-interview">
        {back}
        <p role="status">This interview was deleted.</p>
      </div>
    );
  return (
    <DraftWriterContext.Provider value={writer}>
      <LoadedInterview session={session.value} notes={notes.status === 'ready' ? notes.value : undefined} />
    </DraftWriterContext.Provider>
  );
}

function BackButton() {
  const show = useHistoryStore((s) => s.show);
  return (
    <button type="button" className="link-button" onClick={() => show({ kind: 'list' })}>
      ← All interviews
    </button>
  );
}

function LoadedInterview({ session, notes }: { session: InterviewSession; notes: QuestionNote[] | undefined }) {
  const client = useDataClient();
  const { show, offerUndo } = useHistoryStore();
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string>();
  const now = useNow(isRunning(session.clock));
  const outline = outlineQuestions(session, notes ?? [], now);
  const current = outline[Math.min(index, outline.length - 1)];
  const budgets = questionBudgetsMs(session.kit.questions, session.plannedMinutes);
  const started = new Date(session.startedAt);
  const name = session.candidateName.trim() || UNNAMED_CANDIDATE;

  const remove = () =>
    client.removal.deleteInterviews([session.id]).then(
      (deleted) => (offerUndo(deleted), show({ kind: 'list' })),
      (e: Error) => setError(`Could not delete: ${e.message}`),
    );

  return (
    <article className="past-interview" aria-labelledby="past-heading">
      <header className="past-header">
        <BackButton />
        <h1 id="past-heading">
          {name} — {interviewRole(session)}
        </h1>
        <p className="past-meta">
          {started.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} · {platformName(session.platform)} ·{' '}
          {session.kit.title}
          {session.importedFrom ? ` · imported from ${session.importedFrom}` : ''}
        </p>
        <button type="button" onClick={() => void remove()}>
          Delete interview
        </button>
        {error && <p role="alert">{error}</p>}
      </header>
      <div className="past-body">
        <PastQuestionList outline={outline} current={current?.index ?? 0} onChoose={setIndex} />
        {current ? (
          <div className="past-question">
            <QuestionCard
              question={current.question}
              index={current.index}
              total={outline.length}
              status={current.status}
              spentMs={current.spentMs}
              budgetMs={budgets[current.index] ?? 0}
              showAnswer
            />
            <RatingGroup
              label="Rating"
              name="rating"
              value={current.note?.rating ?? null}
              clearLabel="Clear rating"
              onChange={(rating) => void client.interviews.setRating(session.id, current.question.id, rating)}
            />
            <NotesBox
              key={current.question.id}
              sessionId={session.id}
              meetingKey={session.meetingKey}
              questionId={current.question.id}
              questionNumber={current.index + 1}
              savedText={notes ? (current.note?.text ?? '') : undefined}
              clock={session.clock}
            />
          </div>
        ) : (
          <p className="empty">This kit has no questions.</p>
        )}
      </div>
      <div className="past-footer">
        <RedFlagList session={session} />
        <PastWrapUp session={session} notes={notes ?? []} />
      </div>
    </article>
  );
}
