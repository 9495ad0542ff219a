/**
 * One timer for every clock display of a page, on the whole second, and only while the page is
 * visible and someone listens: two displays cost one task a second, a hidden page none.
 */
const listeners = new Set<(now: number) => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let watchingVisibility = false;

function schedule(): void {
  clearTimeout(timer);
  timer = undefined;
  if (listeners.size === 0 || document.visibilityState !== 'visible') return;
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function tick(): void {
  const now = Date.now();
  listeners.forEach((listener) => listener(now));
  schedule();
}

/** Calls `listener` now and then on every whole second; the function returned stops it. */
export function onEverySecond(listener: (now: number) => void): () => void {
  if (!watchingVisibility) {
    watchingVisibility = true;
    // Coming back into view the time is read at once; going out of view the timer stops.
    document.addEventListener('visibilitychange', () => (document.visibilityState === 'visible' ? tick() : schedule()));
  }
  listeners.add(listener);
  listener(Date.now());
  schedule();
  return () => {
    listeners.delete(listener);
    schedule();
  };
}
