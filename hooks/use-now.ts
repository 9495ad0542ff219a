import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every second only while `ticking` and the page is visible.
 * Hidden or collapsed, nothing runs; on return the time is read afresh from the clock.
 */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      if (!ticking || document.visibilityState !== 'visible') return;
      // Wake on the next whole second, so the display steps like a clock.
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, 1000 - (Date.now() % 1000));
    };
    const onVisibility = () => {
      setNow(Date.now());
      schedule();
    };
    schedule();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [ticking]);

  return now;
}
