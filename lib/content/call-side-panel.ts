/** Landmarks a call uses for its own side panels (chat, people, activities): roles, never class names. */
const PANEL_SELECTOR = 'aside, [role="complementary"], [role="dialog"]';
const EDGE_SLACK_PX = 32;

/**
 * How far from each edge of the window the call's own open side panel reaches (0 where none is
 * open): a visible panel at least 120 px wide and 40% of the window high that touches that edge.
 * Over the call, the sidebar then floats beside the panel instead of over it (lib/dock/placement.ts).
 */
export function callSidePanelExtents(doc: Document, ours: Element[]): { left: number; right: number } {
  const win = doc.defaultView!;
  const extents = { left: 0, right: 0 };
  for (const panel of doc.querySelectorAll(PANEL_SELECTOR)) {
    if (ours.some((own) => own.contains(panel))) continue;
    const r = panel.getBoundingClientRect();
    if (r.width < 120 || r.height < win.innerHeight * 0.4) continue;
    const fromRight = win.innerWidth - r.right;
    if (r.left >= 0 && r.left <= EDGE_SLACK_PX) extents.left = Math.max(extents.left, r.right);
    if (fromRight >= 0 && fromRight <= EDGE_SLACK_PX) extents.right = Math.max(extents.right, win.innerWidth - r.left);
  }
  return extents;
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
