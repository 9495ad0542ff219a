import { useDataClient } from '@/hooks/use-data-client';
import { useNow } from '@/hooks/use-now';
import { elapsedMs, formatElapsed, isRunning } from '@/lib/interviews/interview-clock';
import type { InterviewSession } from '@/lib/interviews/interview-types';

/**
 * "End interview" stops the clock for good (reopening the call does not restart it), so the
 * times in the write-up are the interview's, not the time the tab stayed open.
 */
export function EndInterview({ session }: { session: InterviewSession }) {
  const client = useDataClient();
  const { clock } = session;
  const now = useNow(isRunning(clock));
  if (clock.state === 'ended') {
    return (
      <p className="end-interview">
        Interview ended at {formatElapsed(clock.elapsedMs)}.{' '}
        <button type="button" className="link-button" onClick={() => void client.interviews.setClockRunning(session.id, true)}>
          Resume the interview
        </button>
      </p>
    );
  }
  if (clock.state === 'not-started') return null;
  return (
    <p className="end-interview">
      <button type="button" className="small-button danger" onClick={() => void client.interviews.endInterview(session.id)}>
        End interview
      </button>{' '}
      <span className="hint">Stops the clock at {formatElapsed(elapsedMs(clock, now))}.</span>
    </p>
  );
}
