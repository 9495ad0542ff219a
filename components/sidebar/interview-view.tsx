import { useLive } from '@/hooks/use-live';
import { useNoteWriter } from '@/hooks/use-note-writer';
import { GoodCandidate } from './good-candidate';
import { KitLibraryLink } from './kit-library-link';
import { NotesBox } from './notes-box';
import { QuestionCard } from './question-card';
import { QuestionNav } from './question-nav';
import { RedFlagList } from './red-flag-list';
import { StatusMessage } from './status-message';

/** The interview of one meeting: the current question, its note, and the kit's red flags. */
export function InterviewView({ sessionId }: { sessionId: string }) {
  const session = useLive('session', { sessionId });
  const notes = useLive('notes', { sessionId });
  const writer = useNoteWriter();

  if (session.status === 'error') return <StatusMessage role="alert">{session.message}</StatusMessage>;
  if (session.status === 'loading') return <StatusMessage busy>Loading the interview…</StatusMessage>;
  if (!session.value) return <StatusMessage role="alert">This interview was deleted.</StatusMessage>;

  const { kit, currentQuestionIndex } = session.value;
  const question = kit.questions[currentQuestionIndex];
  const savedNote = notes.status === 'ready' ? notes.value.find((n) => n.questionId === question?.id) : undefined;

  return (
    <main className="sidebar">
      <header className="sidebar-header">
        <p className="kit-title">{kit.title}</p>
        <KitLibraryLink />
      </header>
      {question ? (
        <>
          <QuestionCard question={question} index={currentQuestionIndex} total={kit.questions.length} />
          <NotesBox
            key={question.id}
            sessionId={sessionId}
            questionId={question.id}
            questionNumber={currentQuestionIndex + 1}
            savedText={notes.status === 'ready' ? (savedNote?.text ?? '') : undefined}
            writer={writer}
          />
          <QuestionNav sessionId={sessionId} index={currentQuestionIndex} total={kit.questions.length} />
        </>
      ) : (
        <StatusMessage>This kit has no questions.</StatusMessage>
      )}
      <RedFlagList redFlags={kit.redFlags} />
      {kit.goodCandidate && <GoodCandidate text={kit.goodCandidate} />}
    </main>
  );
}
