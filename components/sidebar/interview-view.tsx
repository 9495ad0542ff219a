import { useCallback, useEffect, useRef } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useFocusNotesMessage } from '@/hooks/use-focus-notes-message';
import { useKeyboardShortcuts } from '@/hooks/use-keyboard-shortcuts';
import { useLive } from '@/hooks/use-live';
import { useSidebarLayout } from '@/hooks/use-sidebar-layout';
import { useSidebarSurface } from '@/hooks/use-sidebar-surface';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { canChangeKit } from '@/lib/interviews/kit-change';
import { questionBudgetsMs } from '@/lib/interviews/pacing';
import { questionStatus } from '@/lib/interviews/question-status';
import type { SidebarAction } from '@/lib/keyboard/sidebar-shortcuts';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { ErrorBoundary } from '../error-boundary';
import { HelpView } from './help-view';
import { InterviewHeader } from './interview-header';
import { KeysState } from './keys-state';
import { NOTES_BOX_ID } from './notes-box';
import { QUESTION_HEADING_ID } from './question-card';
import { QuestionNav } from './question-nav';
import { QuestionView } from './question-view';
import { StatusMessage } from './status-message';
import { WrapUpView } from './wrap-up-view';

/** The interview of one meeting: header, then the current question, the wrap-up or the help. */
export function InterviewView({ sessionId }: { sessionId: string }) {
  // `attend`: while this surface is open the interview counts as attended (its clock may run).
  const session = useLive('session', { sessionId, attend: true });
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
  const body = useRef<HTMLDivElement>(null);
  const budgetsMs = questionBudgetsMs(session.kit.questions, session.plannedMinutes);
  const index = session.currentQuestionIndex;
  const question = session.kit.questions[index];
  const inPage = surface === 'in-page';
  const compact = inPage && Boolean(layout?.compact);

  useEffect(() => setShown(!(inPage && layout?.collapsed)), [inPage, layout?.collapsed, setShown]);
  useFocusNotesMessage(
    useCallback(() => {
      setView('question');
      requestAnimationFrame(focusNotes);
    }, [setView]),
  );

  // A new question starts at its top, wherever the last one was scrolled to; the heading takes the
  // focus only when the sidebar has it (never pulling it from the call).
  const shownIndex = useRef(index);
  useEffect(() => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    if (body.current) body.current.scrollTop = 0;
    if (document.hasFocus() && !document.activeElement?.closest('textarea, input')) {
      document.getElementById(QUESTION_HEADING_ID)?.focus({ preventScroll: true });
    }
  }, [index]);

  const recommend = (action: SidebarAction) =>
    action.type === 'rate' ? void client.interviews.updateDetails(session.id, { recommendation: action.rating }) : undefined;

  useKeyboardShortcuts((action: SidebarAction) => {
    if (action.type === 'wrap-up' || action.type === 'help') return setView(action.type);
    if (view === 'wrap-up') return recommend(action);
    if (view !== 'question' || !question) return;
    switch (action.type) {
      case 'rate':
        return void client.interviews.setRating(session.id, question.id, action.rating);
      case 'next':
      case 'previous':
        return void client.interviews.setCurrentQuestion(session.id, index + (action.type === 'next' ? 1 : -1));
      case 'skip':
        return void client.interviews.setQuestionMark(session.id, question.id, 'skipped');
      case 'focus-notes':
        return focusNotes();
    }
  });

  const back = () => {
    setView('question');
    focusQuestion();
  };
  const note = notes?.find((n) => n.questionId === question?.id);
  const keys = <KeysState onActivate={() => body.current?.focus()} />;
  return (
    <main className={compact ? 'sidebar compact' : 'sidebar'}>
      <InterviewHeader
        session={session}
        budgetsMs={budgetsMs}
        compact={compact}
        kitChangeable={notes !== undefined && canChangeKit(session, notes)}
        onWrapUp={() => setView('wrap-up')}
      />
      <div className="sidebar-body" ref={body} tabIndex={-1}>
        <ErrorBoundary what={`the ${view === 'question' ? 'question' : view}`} key={view}>
          {view === 'wrap-up' && <WrapUpView session={session} notes={notes ?? []} onBack={back} />}
          {view === 'help' && <HelpView platform={session.platform} onBack={back} />}
          {view === 'question' && <QuestionView session={session} notes={notes} budgetsMs={budgetsMs} compact={compact} />}
        </ErrorBoundary>
      </div>
      <footer className="sidebar-footer">
        {view === 'question' && question ? (
          <QuestionNav
            index={index}
            total={session.kit.questions.length}
            status={questionStatus(note)}
            onGo={(target) => void client.interviews.setCurrentQuestion(session.id, target)}
            onMark={(mark) => void client.interviews.setQuestionMark(session.id, question.id, mark)}
            onWrapUp={() => setView('wrap-up')}
          >
            {keys}
          </QuestionNav>
        ) : (
          <div className="nav-row secondary">{keys}</div>
        )}
      </footer>
    </main>
  );
}
