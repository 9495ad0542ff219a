import { useRef, type HTMLAttributes } from 'react';
import { useClockTick } from '@/hooks/use-clock';

interface ClockTextProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  ticking: boolean;
  /** The text at a time; while `ticking` it is written into the span each second, if it changed. */
  text: (now: number) => string;
}

/**
 * A span of text that follows the clock. Each second only its text node is written (when the text
 * changed), with no React render: a running clock costs the sidebar almost nothing.
 */
export function ClockText({ ticking, text, ...attributes }: ClockTextProps) {
  const span = useRef<HTMLSpanElement>(null);
  useClockTick(ticking, (now) => {
    const next = text(now);
    if (span.current && span.current.textContent !== next) span.current.textContent = next;
  });
  // A render (the clock was paused, moved, restarted) shows the time now; ticks write it in between.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  return (
    <span ref={span} {...attributes}>
      {text(now)}
    </span>
  );
}
