import { ClockText } from '@/components/clock-text';
import { useClockValue } from '@/hooks/use-clock';
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
 * shown and running: the elapsed time's text each second, the pace when it changes.
 */
export function InterviewTimer({ clock, budgetsMs, currentIndex, onRunningChange }: InterviewTimerProps) {
  const running = isRunning(clock);
  const minutesBehind = useClockValue(running, (now) => {
    const pace = paceSignal(budgetsMs, currentIndex, elapsedMs(clock, now));
    return pace.state === 'behind' ? pace.minutes : 0;
  });

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
      <ClockText
        role="timer"
        aria-label="Elapsed interview time"
        className="elapsed"
        ticking={running}
        text={(now) => formatElapsed(elapsedMs(clock, now))}
      />
      {clock.state === 'running' ? (
        <span className={minutesBehind ? 'pace pace-behind' : 'pace pace-on-pace'}>
          {minutesBehind ? `${minutesBehind} min behind` : 'On pace'}
        </span>
      ) : (
        <span className="pace clock-stopped">{STOPPED_LABELS[clock.state]}</span>
      )}
      <button type="button" className="small-button" onClick={() => onRunningChange(!running)}>
        {running ? 'Pause clock' : 'Resume clock'}
      </button>
    </div>
  );
}
