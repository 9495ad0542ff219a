import { clampWidth, type SidebarLayout } from '../settings/sidebar-layout';
import { callSidePanelExtent, watchForPanels } from './call-side-panel';
import { createPageSqueeze } from './page-squeeze';
import { createSidebarFrame } from './sidebar-frame';
import { createSidebarHandles } from './sidebar-handles';

/** Overlay only: the gap between the floating panel and the viewport's edges. */
export const FRAME_INSET_PX = 8;
const COMPACT_HEIGHT_PX = 400;

export interface SidebarDock {
  frame: HTMLIFrameElement;
  apply: (layout: SidebarLayout) => void;
  /** Places the frame again for the current viewport (after a window resize). */
  reflow: () => void;
  remove: () => void;
}

interface DockOptions {
  src: string;
  /** Where the call's own controls are (lib/platforms/): a floating sidebar keeps clear of them. */
  callControls: { edge: 'top' | 'bottom'; clearancePx: number };
  /** The user asked to change the layout (drag to resize, the Show sidebar handle). */
  onChange: (change: Partial<SidebarLayout>) => void;
}

/**
 * The sidebar on the page: the extension frame plus two small controls of the content script
 * (a resize separator and, while hidden, the "Show sidebar" handle). Beside the call, the frame
 * takes the whole height of its edge and the page is narrowed to make room (page-squeeze.ts);
 * over the call, it floats clear of the control bar. Placement is recomputed only when the layout
 * or the window changes; nothing runs in between.
 */
export function createSidebarDock({ src, onChange, callControls }: DockOptions, doc: Document = document): SidebarDock {
  const frame = createSidebarFrame(src, doc);
  const squeeze = createPageSqueeze(doc);
  let layout: SidebarLayout | undefined;
  // The width the user asked for last, until storage echoes it back: an echo of an earlier step
  // must not reset the width between two key presses (a held arrow key would lose steps).
  let requestedWidth: number | undefined;
  const viewportWidth = () => doc.defaultView?.innerWidth;
  const handles = createSidebarHandles(doc, {
    onShow: () => onChange({ collapsed: false }),
    onResize: (width, done) => {
      if (!layout) return;
      const clamped = clampWidth(width, viewportWidth(), layout.mode);
      layout = { ...layout, width: clamped };
      place(layout);
      if (done) {
        requestedWidth = clamped;
        onChange({ width: clamped });
      }
    },
    // While dragging, the frame must not swallow the pointer.
    onDragging: (dragging) => frame.style.setProperty('pointer-events', dragging ? 'none' : 'auto', 'important'),
  });
  doc.documentElement.append(frame, handles.host);
  // Over the call, an open side panel of the call (chat, people) pushes the floating sidebar aside.
  const stopWatchingPanels = watchForPanels(doc, () => {
    if (layout?.mode === 'overlay' && !layout.collapsed) place(layout);
  });

  function place(next: SidebarLayout): void {
    const width = clampWidth(next.width, viewportWidth(), next.mode);
    const edge = next.dock === 'left' ? 'left' : 'right';
    const other = edge === 'left' ? 'right' : 'left';
    const beside = next.mode === 'beside';
    const panel = beside ? 0 : callSidePanelExtent(doc, edge, [frame, handles.host]);
    const inset = beside ? 0 : FRAME_INSET_PX + panel;
    const full = beside ? '100vh' : `calc(100vh - ${FRAME_INSET_PX + callControls.clearancePx}px)`;
    const top = beside ? 0 : FRAME_INSET_PX + (callControls.edge === 'top' ? callControls.clearancePx : 0);
    const height = next.compact && !beside ? `min(${COMPACT_HEIGHT_PX}px, ${full})` : full;
    const set = (property: string, value: string) => frame.style.setProperty(property, value, 'important');
    set('display', next.collapsed ? 'none' : 'block');
    set(edge, `${inset}px`);
    set(other, 'auto');
    set('top', `${top}px`);
    set('width', `${width}px`);
    set('height', height);
    set('border-radius', beside ? '0' : '12px');
    set('box-shadow', beside ? 'none' : '0 4px 24px rgba(0, 0, 0, 0.35)');
    set(`border-${other}`, beside ? '1px solid rgba(128, 128, 128, 0.5)' : '0');
    set(`border-${edge}`, '0');
    if (beside && !next.collapsed) squeeze.set(edge, width);
    else squeeze.release();
    // Beside the call, the separator lies on the frame's own edge, never over the call.
    const separatorEdge = beside ? width - 5 : inset + width;
    handles.place({ collapsed: next.collapsed, edge, frameOuterEdge: separatorEdge, width, height, top, inset });
  }

  return {
    frame,
    apply(stored) {
      if (requestedWidth !== undefined && stored.width === requestedWidth) requestedWidth = undefined;
      const next = requestedWidth === undefined ? stored : { ...stored, width: requestedWidth };
      const shown = layout?.collapsed === true && !next.collapsed;
      layout = next;
      place(next);
      // Shown again (the handle, the toolbar button or the shortcut): the sidebar's single keys
      // should work at once, so its frame takes the focus, as a click into it would.
      if (shown) frame.focus();
    },
    reflow() {
      if (layout) place(layout);
    },
    remove() {
      stopWatchingPanels();
      squeeze.release();
      frame.remove();
      handles.host.remove();
    },
  };
}
