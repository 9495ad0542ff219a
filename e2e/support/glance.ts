import type { Locator } from 'playwright-core';

/** What a person glancing at the sidebar sees of one element. */
export interface Sight {
  /** The element's box lies inside the frame's viewport (at least its first line). */
  inView: boolean;
  /** The topmost element at the middle of its first line is the element or inside it (nothing covers it). */
  uncovered: boolean;
  fontSizePx: number;
  box: { top: number; bottom: number; left: number; right: number };
  viewport: { width: number; height: number };
  topmost: string;
}

/**
 * Measures an element inside the sidebar frame as a glance would: in the frame's viewport, not
 * covered (document.elementFromPoint), and its computed font size.
 */
export async function sight(locator: Locator): Promise<Sight> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const viewport = { width: innerWidth, height: innerHeight };
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 16;
    const y = r.top + Math.min(r.height, lineHeight) / 2;
    const x = r.left + Math.min(r.width / 2, 40);
    const inView =
      r.top >= 0 && r.left >= 0 && r.right <= viewport.width + 0.5 && r.top + Math.min(r.height, lineHeight) <= viewport.height;
    const hit = document.elementFromPoint(x, y);
    return {
      inView,
      uncovered: hit !== null && (hit === el || el.contains(hit) || hit.contains(el)),
      fontSizePx: parseFloat(getComputedStyle(el).fontSize),
      box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      viewport,
      topmost: hit ? `<${hit.tagName.toLowerCase()} class="${hit.className}">${(hit.textContent ?? '').slice(0, 40)}` : 'nothing',
    };
  });
}
