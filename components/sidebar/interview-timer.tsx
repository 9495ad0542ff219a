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

/** Elapsed interview time, the pace signal, and pause/resume. Ticks only while shown and running. */
export function InterviewTimer({ clock, budgetsMs, currentIndex, onRunningChange }: InterviewTimerProps) {
  const running = isRunning(clock);
  const now = useNow(running);
  const elapsed = elapsedMs(clock, now);
  const pace = paceSignal(budgetsMs, currentIndex, elapsed);

  return (
    <div className="interview-timer">
      <span role="timer" aria-label="Elapsed interview time" className="elapsed">
        {formatElapsed(elapsed)}
      </span>
      <span className={`pace pace-${pace.state}`}>
        {pace.state === 'on-pace' ? 'On pace' : `${pace.minutes} min behind`}
      </span>
      <button type="button" className="link-button" onClick={() => onRunningChange(!running)}>
        {running ? 'Pause clock' : 'Resume clock'}
      </button>
    </div>
  );
}
