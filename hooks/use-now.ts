import { useEffect, useState } from 'react';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';

/**
 * The current time, refreshed every second only while `ticking`, the page is visible and the
 * sidebar is shown. Hidden or collapsed, nothing runs; on return the time is read afresh.
 */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  const shown = useSidebarViewStore((s) => s.shown);
  const active = ticking && shown;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      if (!active || document.visibilityState !== 'visible') return;
      // Wake on the next whole second, so the display steps like a clock.
      timer = setTimeout(
        () => {
          setNow(Date.now());
          schedule();
        },
        1000 - (Date.now() % 1000),
      );
    };
    const onVisibility = () => {
      setNow(Date.now());
      schedule();
    };
    // Coming back into view: read the clock at once rather than a second later.
    if (active) queueMicrotask(() => setNow(Date.now()));
    schedule();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [active]);

  return now;
}
