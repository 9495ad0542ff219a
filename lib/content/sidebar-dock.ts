import { clampWidth, type SidebarLayout } from '../settings/sidebar-layout';
import { createSidebarFrame } from './sidebar-frame';
import { createSidebarHandles } from './sidebar-handles';

export const FRAME_INSET_PX = 8;
/** Height kept free at the bottom so the call's own controls (leave, mute, camera) stay usable. */
export const CALL_CONTROLS_CLEARANCE_PX = 96;
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
  /** The user asked to change the layout (drag to resize, the Show sidebar handle). */
  onChange: (change: Partial<SidebarLayout>) => void;
}

/**
 * The sidebar on the page: the extension frame plus two small controls of the content script
 * (a resize separator and, while hidden, the "Show sidebar" handle). Placement is recomputed
 * from the layout only when it changes; nothing runs in between.
 */
export function createSidebarDock({ src, onChange }: DockOptions, doc: Document = document): SidebarDock {
  const frame = createSidebarFrame(src, doc);
  let layout: SidebarLayout | undefined;
  const handles = createSidebarHandles(doc, {
    onShow: () => onChange({ collapsed: false }),
    onResize: (width, done) => {
      if (!layout) return;
      place({ ...layout, width: clampWidth(width, doc.defaultView?.innerWidth) });
      if (done) onChange({ width: clampWidth(width, doc.defaultView?.innerWidth) });
    },
    // While dragging, the frame must not swallow the pointer.
    onDragging: (dragging) => frame.style.setProperty('pointer-events', dragging ? 'none' : 'auto', 'important'),
  });
  doc.documentElement.append(frame, handles.host);

  function place(next: SidebarLayout): void {
    const width = clampWidth(next.width, doc.defaultView?.innerWidth);
    const edge = next.dock === 'left' ? 'left' : 'right';
    const other = edge === 'left' ? 'right' : 'left';
    const full = `calc(100vh - ${FRAME_INSET_PX + CALL_CONTROLS_CLEARANCE_PX}px)`;
    const set = (property: string, value: string) => frame.style.setProperty(property, value, 'important');
    set('display', next.collapsed ? 'none' : 'block');
    set(edge, `${FRAME_INSET_PX}px`);
    set(other, 'auto');
    set('width', `${width}px`);
    const height = next.compact ? `min(${COMPACT_HEIGHT_PX}px, ${full})` : full;
    set('height', height);
    handles.place({ collapsed: next.collapsed, edge, frameOuterEdge: FRAME_INSET_PX + width, width, height });
  }

  return {
    frame,
    apply(next) {
      layout = next;
      place(next);
    },
    reflow() {
      if (layout) place(layout);
    },
    remove() {
      frame.remove();
      handles.host.remove();
    },
  };
}
