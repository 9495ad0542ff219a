import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { questionStatus } from '@/lib/interviews/question-status';
import { GoodCandidate } from './good-candidate';
import { InterviewDetails } from './interview-details';
import { NotesBox } from './notes-box';
import { QuestionCard } from './question-card';
import { RatingGroup } from './rating-group';
import { RedFlagList } from './red-flag-list';

interface QuestionViewProps {
  session: InterviewSession;
  /** The interview's notes; undefined while they load. */
  notes: QuestionNote[] | undefined;
  budgetsMs: number[];
  /** Only the question, the rating and the notes. */
  compact: boolean;
}

/**
 * The scrolling middle of the sidebar: the question, its sample answer, the rating, the note and
 * the red flags, in the order a glance needs them (Previous/Next sit in the footer).
 */
export function QuestionView({ session, notes, budgetsMs, compact }: QuestionViewProps) {
  const client = useDataClient();
  const index = session.currentQuestionIndex;
  const question = session.kit.questions[index];
  const note = notes?.find((n) => n.questionId === question?.id);

  if (!question) return <p className="empty">This kit has no questions.</p>;
  return (
    <>
      <QuestionCard
        question={question}
        index={index}
        total={session.kit.questions.length}
        status={questionStatus(note)}
        spentMs={note?.spentMs ?? 0}
        clock={session.clock}
        budgetMs={budgetsMs[index] ?? 0}
        showAnswer={!compact}
      />
      <RatingGroup
        label="Rating"
        name="rating"
        value={note?.rating ?? null}
        clearLabel="Clear rating"
        onChange={(rating) => void client.interviews.setRating(session.id, question.id, rating)}
      />
      <NotesBox
        sessionId={session.id}
        meetingKey={session.meetingKey}
        questionId={question.id}
        questionNumber={index + 1}
        savedText={notes ? (note?.text ?? '') : undefined}
        clock={session.clock}
      />
      {!compact && <RedFlagList session={session} />}
      {!compact && session.kit.goodCandidate && <GoodCandidate text={session.kit.goodCandidate} />}
      {!compact && <InterviewDetails session={session} />}
    </>
  );
}
