import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { DraftTextField } from './draft-text-field';
import { InterviewDetails } from './interview-details';
import { InterviewTimer } from './interview-timer';
import { KitLibraryLink } from './kit-library-link';

interface InterviewHeaderProps {
  session: InterviewSession;
  budgetsMs: number[];
  onWrapUp: () => void;
}

/** Who is being interviewed, for what, how long it has run, and the way to wrap up. */
export function InterviewHeader({ session, budgetsMs, onWrapUp }: InterviewHeaderProps) {
  const client = useDataClient();
  return (
    <header className="sidebar-header">
      <div className="header-row">
        <p className="kit-title">{session.kit.title}</p>
        <button type="button" className="wrap-up-button" title="W" onClick={onWrapUp}>
          Wrap up
        </button>
        <KitLibraryLink />
      </div>
      <InterviewTimer
        clock={session.clock}
        budgetsMs={budgetsMs}
        currentIndex={session.currentQuestionIndex}
        onRunningChange={(running) => void client.setClockRunning(session.id, running)}
      />
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
    </header>
  );
}
