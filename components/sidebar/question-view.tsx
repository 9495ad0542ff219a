import { useDataClient } from '@/hooks/use-data-client';
import { useNow } from '@/hooks/use-now';
import { isRunning, questionSpentMs } from '@/lib/interviews/interview-clock';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { questionStatus } from '@/lib/interviews/question-status';
import { GoodCandidate } from './good-candidate';
import { NotesBox } from './notes-box';
import { QuestionCard } from './question-card';
import { QuestionNav } from './question-nav';
import { RatingGroup } from './rating-group';
import { RedFlagList } from './red-flag-list';

interface QuestionViewProps {
  session: InterviewSession;
  /** The interview's notes; undefined while they load. */
  notes: QuestionNote[] | undefined;
  budgetsMs: number[];
  /** Only the question and the notes. */
  compact: boolean;
  onWrapUp: () => void;
}

/** The current question: prompt, sample answer, rating, note, navigation, and the red flags. */
export function QuestionView({ session, notes, budgetsMs, compact, onWrapUp }: QuestionViewProps) {
  const client = useDataClient();
  const now = useNow(isRunning(session.clock));
  const index = session.currentQuestionIndex;
  const question = session.kit.questions[index];
  const note = notes?.find((n) => n.questionId === question?.id);
  const status = questionStatus(note);

  return (
    <>
      {question ? (
        <>
          <QuestionCard
            question={question}
            index={index}
            total={session.kit.questions.length}
            status={status}
            spentMs={questionSpentMs(session.clock, note, true, now)}
            budgetMs={budgetsMs[index] ?? 0}
            showAnswer={!compact}
          />
          {!compact && (
          <RatingGroup
            label="Rating"
            name="rating"
            value={note?.rating ?? null}
            clearLabel="Clear rating"
            onChange={(rating) => void client.setRating(session.id, question.id, rating)}
          />
          )}
          <NotesBox
            sessionId={session.id}
            questionId={question.id}
            questionNumber={index + 1}
            savedText={notes ? (note?.text ?? '') : undefined}
            clock={session.clock}
          />
          <QuestionNav
            index={index}
            total={session.kit.questions.length}
            status={status}
            onGo={(target) => void client.setCurrentQuestion(session.id, target)}
            onMark={(mark) => void client.setQuestionMark(session.id, question.id, mark)}
            onWrapUp={onWrapUp}
          />
        </>
      ) : (
        <p className="empty">This kit has no questions.</p>
      )}
      {!compact && <RedFlagList session={session} />}
      {!compact && session.kit.goodCandidate && <GoodCandidate text={session.kit.goodCandidate} />}
    </>
  );
}
