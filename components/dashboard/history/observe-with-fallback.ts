import { observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

/** Where layout gives no size (jsdom, a hidden tab), the window's height stands in, so rows still render. */
export function observeWithFallback(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width || 800, height: window.innerHeight || 800 }),
  );
}
