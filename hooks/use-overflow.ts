import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether a clamped element hides part of its content. Measured after each render that changes
 * `content`, and when the element's box changes (ResizeObserver: an event, not a poll).
 */
export function useOverflow(ref: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [ref, content]);
  return overflows;
}
