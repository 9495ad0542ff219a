import { useNow } from '@/hooks/use-now';
import { elapsedMs, formatElapsed, isRunning } from '@/lib/interviews/interview-clock';
import type { InterviewClock } from '@/lib/interviews/interview-types';
import { paceSignal } from '@/lib/interviews/pacing';

interface InterviewTimerProps {
  clock: InterviewClock;
  budgetsMs: number[];
  currentIndex: number;
  onRunningChange: (running: boolean) => void;
}

const STOPPED_LABELS = { paused: 'Paused', away: 'Paused', ended: 'Ended' } as const;

/**
 * Elapsed interview time, the pace, and the hand on the clock: Start before the interview has
 * started (the first note, rating or red flag also starts it), Pause, Resume. Ticks only while
 * shown and running.
 */
export function InterviewTimer({ clock, budgetsMs, currentIndex, onRunningChange }: InterviewTimerProps) {
  const running = isRunning(clock);
  const now = useNow(running);
  const elapsed = elapsedMs(clock, now);
  const pace = paceSignal(budgetsMs, currentIndex, elapsed);

  if (clock.state === 'not-started') {
    return (
      <div className="interview-timer">
        <span role="timer" aria-label="Elapsed interview time" className="elapsed not-started">
          Not started
        </span>
        <button type="button" className="small-button primary" onClick={() => onRunningChange(true)}>
          Start interview
        </button>
      </div>
    );
  }
  return (
    <div className="interview-timer">
      <span role="timer" aria-label="Elapsed interview time" className="elapsed">
        {formatElapsed(elapsed)}
      </span>
      {clock.state === 'running' ? (
        <span className={`pace pace-${pace.state}`}>{pace.state === 'on-pace' ? 'On pace' : `${pace.minutes} min behind`}</span>
      ) : (
        <span className="pace clock-stopped">{STOPPED_LABELS[clock.state]}</span>
      )}
      <button type="button" className="small-button" onClick={() => onRunningChange(!running)}>
        {running ? 'Pause clock' : 'Resume clock'}
      </button>
    </div>
  );
}
