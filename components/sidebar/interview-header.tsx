import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { CandidateField } from './candidate-field';
import { InterviewTimer } from './interview-timer';
import { KitPicker } from './kit-picker';
import { LayoutButtons } from './layout-buttons';

interface InterviewHeaderProps {
  session: InterviewSession;
  budgetsMs: number[];
  compact: boolean;
  kitChangeable: boolean;
  onWrapUp: () => void;
}

/** Stays put while the middle scrolls: the kit, who is interviewed, the clock and the pace, Wrap up. */
export function InterviewHeader({ session, budgetsMs, compact, kitChangeable, onWrapUp }: InterviewHeaderProps) {
  const client = useDataClient();
  return (
    <header className="sidebar-header">
      <div className="header-row">
        <KitPicker session={session} changeable={kitChangeable && !compact} />
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
