/** The in-page sidebar: an extension page in an iframe docked at the right edge. */
export const SIDEBAR_FRAME_TITLE = 'Interview sidebar';
export const SIDEBAR_WIDTH_PX = 360;
/** Height kept free at the bottom so the call's own controls (leave, mute, camera) stay usable. */
export const CALL_CONTROLS_CLEARANCE_PX = 96;

const FRAME_STYLE: Record<string, string> = {
  position: 'fixed',
  top: '8px',
  right: '8px',
  width: `${SIDEBAR_WIDTH_PX}px`,
  // An iframe is a replaced element: with height auto it keeps its 150px default, so size it.
  height: `calc(100vh - ${8 + CALL_CONTROLS_CLEARANCE_PX}px)`,
  margin: '0',
  padding: '0',
  border: '0',
  'border-radius': '12px',
  'box-shadow': '0 4px 24px rgba(0, 0, 0, 0.35)',
  'color-scheme': 'normal',
  background: 'transparent',
  'z-index': '2147483646',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
};

/** Creates the frame; styles are set one by one as important so the page's CSS cannot move it. */
export function createSidebarFrame(src: string, doc: Document = document): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.title = SIDEBAR_FRAME_TITLE;
  frame.src = src;
  frame.setAttribute('allow', 'clipboard-write');
  for (const [property, value] of Object.entries(FRAME_STYLE)) {
    frame.style.setProperty(property, value, 'important');
  }
  return frame;
}
