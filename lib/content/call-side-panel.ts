/** Landmarks a call uses for its own side panels (chat, people, activities): roles, never class names. */
const PANEL_SELECTOR = 'aside, [role="complementary"], [role="dialog"]';
const EDGE_SLACK_PX = 32;

/**
 * How far from the docked edge the call's own open side panel reaches (0 when none is open): a
 * visible panel at least 120 px wide and 40% of the window high that touches that edge. Over the
 * call, the sidebar then floats beside the panel instead of over it.
 */
export function callSidePanelExtent(doc: Document, edge: 'left' | 'right', ours: Element[]): number {
  const win = doc.defaultView;
  if (!win) return 0;
  let extent = 0;
  for (const panel of doc.querySelectorAll(PANEL_SELECTOR)) {
    if (ours.some((own) => own.contains(panel))) continue;
    const r = panel.getBoundingClientRect();
    if (r.width < 120 || r.height < win.innerHeight * 0.4) continue;
    const gap = edge === 'right' ? win.innerWidth - r.right : r.left;
    if (gap < 0 || gap > EDGE_SLACK_PX) continue;
    extent = Math.max(extent, edge === 'right' ? win.innerWidth - r.left : r.right);
  }
  return extent;
}

/**
 * Calls `onChange` a moment after the person does something on the page (a click or a key opens
 * a panel, which may animate in). Event-driven: nothing runs while nobody touches the page.
 */
export function watchForPanels(doc: Document, onChange: () => void, settleMs = 350): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  };
  const options = { capture: true, passive: true } as const;
  doc.addEventListener('click', later, options);
  doc.addEventListener('keyup', later, options);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('click', later, options);
    doc.removeEventListener('keyup', later, options);
  };
}
