import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useFocusNotesMessage } from '@/hooks/use-focus-notes-message';
import { useKeyboardShortcuts } from '@/hooks/use-keyboard-shortcuts';
import { useLive } from '@/hooks/use-live';
import { useRememberFirstScreen } from '@/hooks/use-remember-first-screen';
import { useSidebarLayout } from '@/hooks/use-sidebar-layout';
import { useSidebarSurface } from '@/hooks/use-sidebar-surface';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { canChangeKit } from '@/lib/interviews/kit-change';
import { isNotYetAnInterview } from '@/lib/interviews/not-yet-an-interview';
import { questionBudgetsMs } from '@/lib/interviews/pacing';
import { questionStatus } from '@/lib/interviews/question-status';
import type { SidebarAction } from '@/lib/keyboard/sidebar-shortcuts';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { ErrorBoundary } from '../error-boundary';
import { InterviewHeader } from './interview-header';
import { KeysState } from './keys-state';
import { NOTES_BOX_ID } from './notes-box';
import { QUESTION_HEADING_ID } from './question-card';
import { QuestionNav } from './question-nav';
import { QuestionView } from './question-view';
import { StatusMessage } from './status-message';

// Not on the first screen: loaded when first opened.
const WrapUpView = lazy(() => import('./wrap-up-view').then((m) => ({ default: m.WrapUpView })));
const HelpView = lazy(() => import('./help-view').then((m) => ({ default: m.HelpView })));

/** What the first answer carried (lib/background/sidebar-boot.ts). */
export interface InterviewBoot {
  session: InterviewSession;
  note: QuestionNote | null;
}

/**
 * The interview of one meeting: header, then the current question, the wrap-up or the help. It
 * renders at once from the first answer; the live subscriptions start after that paint, and
 * notes arrive as patches (one note per keystroke, never the session).
 */
export function InterviewView({ boot }: { boot: InterviewBoot }) {
  // A call where nothing was done yet has no interview: the stand-in shows until one appears
  // (made by this surface's first action, or by another surface of the same call).
  const quiet = isNotYetAnInterview(boot.session);
  const created = useLive('meetingSessionId', quiet ? { meetingKey: boot.session.meetingKey } : null);
  const sessionId = quiet ? (created.status === 'ready' ? created.value : null) : boot.session.id;
  // `attend`: while this surface is open the interview counts as attended (its clock may run).
  const session = useLive('session', sessionId ? { sessionId, attend: true } : null, quiet ? undefined : boot.session);
  const notes = useLive('notes', sessionId ? { sessionId } : null);

  if (session.status === 'error') return <StatusMessage role="alert">{session.message}</StatusMessage>;
  // Until the new interview and its notes arrive, the stand-in stays (same elements, same drafts:
  // typing goes on while the first keystroke creates the interview).
  const shown = (session.status === 'ready' && session.value) || (quiet ? boot.session : undefined);
  if (session.status === 'loading' && !shown) return <StatusMessage busy>Loading the interview…</StatusMessage>;
  if (!shown) return <StatusMessage role="alert">This interview was deleted.</StatusMessage>;
  const booted = boot.session.kit.questions[boot.session.currentQuestionIndex]?.id;
  return (
    <LoadedInterview
      session={shown}
      notes={notes.status === 'ready' ? notes.value : quiet ? [] : undefined}
      // Until the notes arrive, the booted question's note is known (none is a known empty note).
      bootNotes={{ questionId: booted, notes: boot.note ? [boot.note] : [] }}
    />
  );
}

const focusNotes = () => document.getElementById(NOTES_BOX_ID)?.focus();
/** After leaving the wrap-up or the help, focus lands on the question, not on the page body. */
const focusQuestion = () => requestAnimationFrame(() => document.getElementById(QUESTION_HEADING_ID)?.focus());

interface LoadedInterviewProps {
  session: InterviewSession;
  /** Every note of the interview; undefined until the live notes arrive. */
  notes: QuestionNote[] | undefined;
  bootNotes: { questionId: string | undefined; notes: QuestionNote[] };
}

function LoadedInterview({ session, notes: liveNotes, bootNotes }: LoadedInterviewProps) {
  const client = useDataClient();
  const surface = useSidebarSurface();
  const layout = useSidebarLayout(session.platform);
  const { view, setView, setShown } = useSidebarViewStore();
  const body = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const budgetsMs = useMemo(
    () => questionBudgetsMs(session.kit.questions, session.plannedMinutes),
    [session.kit.questions, session.plannedMinutes],
  );
  const index = session.currentQuestionIndex;
  const question = session.kit.questions[index];
  // The notes the question screen may rely on: all of them once live, else the booted question's.
  const notes = liveNotes ?? (question && question.id === bootNotes.questionId ? bootNotes.notes : undefined);
  const inPage = surface === 'in-page';
  const compact = inPage && Boolean(layout?.compact);

  // Hide's arrow shows the dock: 'right' unless the layout says left (components/sidebar/layout-buttons.tsx).
  useRememberFirstScreen(
    () => main.current,
    session,
    { dock: layout?.dock === 'left' ? 'left' : 'right', compact },
    isNotYetAnInterview(session) && view === 'question',
  );
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

  const openWrapUp = useCallback(() => setView('wrap-up'), [setView]);
  const back = () => {
    setView('question');
    focusQuestion();
  };
  const note = notes?.find((n) => n.questionId === question?.id);
  const keys = <KeysState onActivate={() => body.current?.focus()} />;
  return (
    <main className={compact ? 'sidebar compact' : 'sidebar'} ref={main}>
      <InterviewHeader
        session={session}
        budgetsMs={budgetsMs}
        compact={compact}
        kitChangeable={liveNotes !== undefined && canChangeKit(session, liveNotes)}
        onWrapUp={openWrapUp}
      />
      <div className="sidebar-body" ref={body} tabIndex={-1}>
        <ErrorBoundary what={`the ${view === 'question' ? 'question' : view}`} key={view}>
          <Suspense>
            {view === 'wrap-up' && <WrapUpView session={session} notes={liveNotes ?? []} onBack={back} />}
            {view === 'help' && <HelpView platform={session.platform} onBack={back} />}
          </Suspense>
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
