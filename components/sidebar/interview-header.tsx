import { lazy, memo, Suspense } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { CandidateField } from './candidate-field';
import { InterviewTimer } from './interview-timer';
import { LayoutButtons } from './layout-buttons';

// The picker and its list of kits load after the first screen; until then the kit's title shows.
const KitPicker = lazy(() => import('./kit-picker').then((m) => ({ default: m.KitPicker })));

interface InterviewHeaderProps {
  session: InterviewSession;
  budgetsMs: number[];
  compact: boolean;
  kitChangeable: boolean;
  onWrapUp: () => void;
}

/** Stays put while the middle scrolls: the kit, who is interviewed, the clock and the pace, Wrap up. */
function InterviewHeaderView({ session, budgetsMs, compact, kitChangeable, onWrapUp }: InterviewHeaderProps) {
  const client = useDataClient();
  return (
    <header className="sidebar-header">
      <div className="header-row">
        <Suspense fallback={<p className="kit-title">{session.kit.title}</p>}>
          <KitPicker session={session} changeable={kitChangeable && !compact} />
        </Suspense>
        <LayoutButtons platform={session.platform} />
      </div>
      <div className="header-row">
        <InterviewTimer
          clock={session.clock}
          budgetsMs={budgetsMs}
          currentIndex={session.currentQuestionIndex}
          onRunningChange={(running) => void client.interviews.setClockRunning(session.id, running)}
        />
        <button type="button" className="wrap-up-button" aria-keyshortcuts="W" onClick={onWrapUp}>
          Wrap up <kbd aria-hidden="true">W</kbd>
        </button>
      </div>
      {!compact && <CandidateField session={session} />}
    </header>
  );
}

/** Memoised: a keystroke's note patch renders the notes box, not this. */
export const InterviewHeader = memo(InterviewHeaderView);
