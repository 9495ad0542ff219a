/** The in-page sidebar: an extension page in an iframe, placed by the dock. */
export const SIDEBAR_FRAME_TITLE = 'Interview sidebar';

const FRAME_STYLE: Record<string, string> = {
  position: 'fixed',
  margin: '0',
  padding: '0',
  border: '0',
  'color-scheme': 'normal',
  background: 'transparent',
  'z-index': '2147483646',
  // Shown by the dock once the layout is applied (lib/content/sidebar-dock.ts).
  display: 'none',
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
