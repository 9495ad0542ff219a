import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { DraftTextField } from './draft-text-field';
import { InterviewDetails } from './interview-details';
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

/** Who is being interviewed, for what, how long it has run, and the way to wrap up. */
export function InterviewHeader({ session, budgetsMs, compact, kitChangeable, onWrapUp }: InterviewHeaderProps) {
  const client = useDataClient();
  return (
    <header className="sidebar-header">
      <div className="header-row">
        <KitPicker session={session} changeable={kitChangeable && !compact} />
        <div className="header-actions">
          <button type="button" className="wrap-up-button" title="W" onClick={onWrapUp}>
            Wrap up
          </button>
          <LayoutButtons platform={session.platform} />
        </div>
      </div>
      <InterviewTimer
        clock={session.clock}
        budgetsMs={budgetsMs}
        currentIndex={session.currentQuestionIndex}
        onRunningChange={(running) => void client.setClockRunning(session.id, running)}
      />
      {!compact && (
        <>
          <DraftTextField
            draftKey={`${session.id}/candidateName`}
            stored={session.candidateName}
            label="Candidate name"
            placeholder="Who are you interviewing?"
            maxLength={200}
            autoComplete="off"
            save={(candidateName, revision) => client.updateDetails(session.id, { candidateName }, revision)}
          />
          <InterviewDetails session={session} />
        </>
      )}
    </header>
  );
}
