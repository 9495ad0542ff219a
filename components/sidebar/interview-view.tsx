import { useCallback, useEffect } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useFocusNotesMessage } from '@/hooks/use-focus-notes-message';
import { useKeyboardShortcuts } from '@/hooks/use-keyboard-shortcuts';
import { useLive } from '@/hooks/use-live';
import { useSidebarLayout } from '@/hooks/use-sidebar-layout';
import { useSidebarSurface } from '@/hooks/use-sidebar-surface';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { canChangeKit } from '@/lib/interviews/kit-change';
import { questionBudgetsMs } from '@/lib/interviews/pacing';
import type { SidebarAction } from '@/lib/keyboard/sidebar-shortcuts';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { HelpView } from './help-view';
import { InterviewHeader } from './interview-header';
import { NOTES_BOX_ID } from './notes-box';
import { QUESTION_HEADING_ID } from './question-card';
import { QuestionView } from './question-view';
import { StatusMessage } from './status-message';
import { WrapUpView } from './wrap-up-view';

/** The interview of one meeting: header, then the current question, the wrap-up or the help. */
export function InterviewView({ sessionId }: { sessionId: string }) {
  const session = useLive('session', { sessionId });
  const notes = useLive('notes', { sessionId });

  if (session.status === 'error') return <StatusMessage role="alert">{session.message}</StatusMessage>;
  if (session.status === 'loading') return <StatusMessage busy>Loading the interview…</StatusMessage>;
  if (!session.value) return <StatusMessage role="alert">This interview was deleted.</StatusMessage>;
  return <LoadedInterview session={session.value} notes={notes.status === 'ready' ? notes.value : undefined} />;
}

const focusNotes = () => document.getElementById(NOTES_BOX_ID)?.focus();
/** After leaving the wrap-up or the help, focus lands on the question, not on the page body. */
const focusQuestion = () => requestAnimationFrame(() => document.getElementById(QUESTION_HEADING_ID)?.focus());

function LoadedInterview({ session, notes }: { session: InterviewSession; notes: QuestionNote[] | undefined }) {
  const client = useDataClient();
  const surface = useSidebarSurface();
  const layout = useSidebarLayout(session.platform);
  const { view, setView, setShown } = useSidebarViewStore();
  const budgetsMs = questionBudgetsMs(session.kit.questions, session.plannedMinutes);
  const question = session.kit.questions[session.currentQuestionIndex];
  const inPage = surface === 'in-page';
  const compact = inPage && Boolean(layout?.compact);

  useEffect(() => setShown(!(inPage && layout?.collapsed)), [inPage, layout?.collapsed, setShown]);
  useFocusNotesMessage(
    useCallback(() => {
      setView('question');
      requestAnimationFrame(focusNotes);
    }, [setView]),
  );

  useKeyboardShortcuts((action: SidebarAction) => {
    if (action.type === 'wrap-up' || action.type === 'help') return setView(action.type);
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
        return focusNotes();
    }
  });

  const back = () => {
    setView('question');
    focusQuestion();
  };
  return (
    <main className={compact ? 'sidebar compact' : 'sidebar'}>
      <InterviewHeader
        session={session}
        budgetsMs={budgetsMs}
        compact={compact}
        kitChangeable={notes !== undefined && canChangeKit(session, notes)}
        onWrapUp={() => setView('wrap-up')}
      />
      {view === 'wrap-up' && <WrapUpView session={session} notes={notes ?? []} onBack={back} />}
      {view === 'help' && <HelpView platform={session.platform} onBack={back} />}
      {view === 'question' && (
        <QuestionView session={session} notes={notes} budgetsMs={budgetsMs} compact={compact} onWrapUp={() => setView('wrap-up')} />
      )}
    </main>
  );
}
