import { useEffect, useRef, useState } from 'react';
import { onEverySecond } from '@/lib/time/second-ticker';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';

/** Runs `onTick(now)` on every whole second while `ticking` and the sidebar is shown (lib/time/second-ticker.ts). */
export function useClockTick(ticking: boolean, onTick: (now: number) => void): void {
  const shown = useSidebarViewStore((s) => s.shown);
  const latest = useRef(onTick);
  useEffect(() => {
    latest.current = onTick;
  });
  const active = ticking && shown;
  useEffect(() => (active ? onEverySecond((now) => latest.current(now)) : undefined), [active]);
}

/**
 * `derive(now)` as the clock runs; the component renders again only when the value changes (a
 * pace that turns "behind" once a minute), not every second.
 */
export function useClockValue<T extends string | number | boolean>(ticking: boolean, derive: (now: number) => T): T {
  // The time of the last render that changed the value: a tick that would not change it sets nothing.
  const [now, setNow] = useState(() => Date.now());
  const value = derive(now);
  useClockTick(ticking, (tick) => {
    if (derive(tick) !== value) setNow(tick);
  });
  return value;
}
