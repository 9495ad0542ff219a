import { useId, useLayoutEffect, useRef, type HTMLAttributes } from 'react';
import { useClockTick } from '@/hooks/use-clock';
import { canDrawClock, clockCanvas, type ClockCanvas } from '@/lib/time/clock-canvas';

interface ClockTextProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  ticking: boolean;
  /** The text at a time; while `ticking` it is shown anew each second, if it changed. */
  text: (now: number) => string;
}

/**
 * Text that follows the clock, with no React render per second. Stopped, it is plain text. Running,
 * it is drawn on a canvas (lib/time/clock-canvas.ts: a frame's text written each second costs it
 * a layout, the canvas a few pixels) named by the same text in a hidden span, which screen
 * readers and tests read.
 */
export function ClockText({ ticking, text, ...attributes }: ClockTextProps) {
  const drawing = ticking && canDrawClock();
  const value = useRef<HTMLSpanElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<ClockCanvas | undefined>(undefined);
  const valueId = useId();
  const show = (next: string) => {
    if (value.current && value.current.textContent !== next) value.current.textContent = next;
    painter.current?.draw(next);
  };
  useClockTick(ticking, (now) => show(text(now)));
  useLayoutEffect(() => {
    if (!drawing || !canvas.current) return undefined;
    const drawn = (painter.current = clockCanvas(canvas.current));
    drawn?.draw(value.current?.textContent ?? '');
    return () => {
      drawn?.dispose();
      painter.current = undefined;
    };
  }, [drawing]);
  // A render (the clock was paused, moved, restarted) shows the time now; ticks show it in between.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  useLayoutEffect(() => painter.current?.draw(text(now)));
  if (!drawing) {
    return (
      <span ref={value} {...attributes}>
        {text(now)}
      </span>
    );
  }
  return (
    <span {...attributes}>
      <canvas ref={canvas} className="clock-canvas" role="img" aria-labelledby={valueId} />
      <span ref={value} id={valueId} hidden>
        {text(now)}
      </span>
    </span>
  );
}
