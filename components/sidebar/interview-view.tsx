import { useDataClient } from '@/hooks/use-data-client';
import { useLive } from '@/hooks/use-live';
import { useKeyboardShortcuts } from '@/hooks/use-keyboard-shortcuts';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { questionBudgetsMs } from '@/lib/interviews/pacing';
import type { SidebarAction } from '@/lib/keyboard/sidebar-shortcuts';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { InterviewHeader } from './interview-header';
import { QuestionView } from './question-view';
import { StatusMessage } from './status-message';
import { WrapUpView } from './wrap-up-view';
import { NOTES_BOX_ID } from './notes-box';

/** The interview of one meeting: header, then the current question or the wrap-up. */
export function InterviewView({ sessionId }: { sessionId: string }) {
  const session = useLive('session', { sessionId });
  const notes = useLive('notes', { sessionId });

  if (session.status === 'error') return <StatusMessage role="alert">{session.message}</StatusMessage>;
  if (session.status === 'loading') return <StatusMessage busy>Loading the interview…</StatusMessage>;
  if (!session.value) return <StatusMessage role="alert">This interview was deleted.</StatusMessage>;
  return <LoadedInterview session={session.value} notes={notes.status === 'ready' ? notes.value : undefined} />;
}

function LoadedInterview({ session, notes }: { session: InterviewSession; notes: QuestionNote[] | undefined }) {
  const client = useDataClient();
  const view = useSidebarViewStore((s) => s.view);
  const setView = useSidebarViewStore((s) => s.setView);
  const budgetsMs = questionBudgetsMs(session.kit.questions, session.plannedMinutes);
  const question = session.kit.questions[session.currentQuestionIndex];

  useKeyboardShortcuts((action: SidebarAction) => {
    if (action.type === 'wrap-up') return setView('wrap-up');
    if (view !== 'question' || !question) return;
    switch (action.type) {
      case 'rate':
        return void client.setRating(session.id, question.id, action.rating);
      case 'next':
      case 'previous':
        return void client.setCurrentQuestion(session.id, session.currentQuestionIndex + (action.type === 'next' ? 1 : -1));
      case 'skip':
        return void client.setQuestionMark(session.id, question.id, 'skipped');
      case 'focus-notes':
        return document.getElementById(NOTES_BOX_ID)?.focus();
    }
  });

  return (
    <main className="sidebar">
      <InterviewHeader session={session} budgetsMs={budgetsMs} onWrapUp={() => setView('wrap-up')} />
      {view === 'wrap-up' ? (
        <WrapUpView session={session} notes={notes ?? []} onBack={() => setView('question')} />
      ) : (
        <QuestionView session={session} notes={notes} budgetsMs={budgetsMs} onWrapUp={() => setView('wrap-up')} />
      )}
    </main>
  );
}
