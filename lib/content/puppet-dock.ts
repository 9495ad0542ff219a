import { browser } from 'wxt/browser';
import {
  REGISTER_FRAME,
  type DockMessage,
  type DockPlacement,
  type DockStart,
  type FrameHandshake,
  type PageEvent,
  type StyleMap,
} from '../dock/dock-protocol';
import { callSidePanelExtents, watchForPanels } from './call-side-panel';

/** The in-page sidebar frame's title (its accessible name). */
export const SIDEBAR_FRAME_TITLE = 'Interview sidebar';
/** Which properties of <body> the squeeze may set, so that it can put back exactly what was there. */
const SQUEEZED = ['margin-left', 'margin-right', 'width', 'min-width', 'height', 'contain'];

const SEPARATOR = {
  role: 'separator',
  'aria-orientation': 'vertical',
  'aria-label': 'Resize sidebar',
  'aria-valuemin': '280',
  'aria-valuemax': '720',
};

const setStyles = (element: HTMLElement, styles: StyleMap) => {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
};

/**
 * The sidebar on the page, as a puppet: the extension frame and the page's two controls ("Show
 * sidebar" and the resize separator, in a closed shadow root), placed where the frame says
 * (lib/dock/frame-dock.ts). The frame gets a one-time secret, registered with the background,
 * and a MessagePort by postMessage (which the page cannot read); a page-made frame has no secret
 * and is refused. Everything after goes through that port, which the page never holds.
 * Only the user's own input counts (isTrusted). Built with DOM calls only (Meet's Trusted Types).
 * `start` (the background's, passed on unread) lets the frame place itself before its first answer.
 */
export function insertDock(doc: Document, start: Promise<DockStart | undefined>) {
  const win = doc.defaultView!;
  const src = browser.runtime.getURL('/sidebar.html');
  const secret = crypto.randomUUID();
  void browser.runtime.sendMessage({ [REGISTER_FRAME]: secret });
  const frame = doc.createElement('iframe');
  const host = doc.createElement('interview-sidebar-controls');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  const show = doc.createElement('button');
  const separator = doc.createElement('div');
  let port: MessagePort | undefined;
  let saved: [string, string, string][] | undefined;
  let bodyKey = 'null';
  // Undefined until the first placement: the first showing takes no focus from the call.
  let shown: boolean | undefined;
  let whenShown: (() => void) | undefined;

  frame.title = SIDEBAR_FRAME_TITLE;
  frame.src = src;
  frame.setAttribute('allow', 'clipboard-write');
  // Not shown until the frame has placed itself (its other styles come with each placement).
  setStyles(frame, { display: 'none' });
  show.textContent = 'Show sidebar';
  // The width range of lib/settings/sidebar-layout.ts (MIN_WIDTH, MAX_WIDTH).
  for (const [name, value] of Object.entries(SEPARATOR)) separator.setAttribute(name, value);
  separator.tabIndex = 0;
  show.hidden = separator.hidden = true;
  root.append(style, show, separator);

  const geometry = () => ({ viewport: win.innerWidth, panels: callSidePanelExtents(doc, [frame, host]) });
  const tell = (event: Omit<PageEvent, 'viewport' | 'panels'> = {}) => port?.postMessage({ ...event, ...geometry() } satisfies PageEvent);
  // The frame gets its secret as soon as it has loaded, while the background may still be starting
  // (it waits for the registration sent above, lib/background/frame-secrets.ts), and its dock once
  // the background has named the call. A frame that loads again (reloaded) gets a new channel: a
  // port is handed over once.
  frame.addEventListener('load', () => {
    port?.close();
    const channel = new MessageChannel();
    const mine = (port = channel.port1);
    mine.onmessage = ({ data }: MessageEvent<DockPlacement>) => place(data);
    frame.contentWindow?.postMessage({ secret, href: location.href, ...geometry() } satisfies FrameHandshake, src, [channel.port2]);
    void start.then((dock) => dock && mine.postMessage({ dock, ...geometry() } satisfies DockMessage));
  });
  show.addEventListener('click', (e) => e.isTrusted && tell({ show: true }));
  separator.addEventListener('keydown', (e) => {
    if (!e.isTrusted || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    tell({ key: e.key });
  });
  separator.addEventListener('pointerdown', (down) => {
    if (!down.isTrusted) return;
    down.preventDefault();
    separator.setPointerCapture(down.pointerId);
    // While dragging, the frame must not swallow the pointer.
    frame.style.setProperty('pointer-events', 'none', 'important');
    const move = (e: PointerEvent) => tell({ drag: { x: e.clientX, done: false } });
    separator.addEventListener('pointermove', move);
    separator.addEventListener(
      'pointerup',
      (e) => {
        separator.removeEventListener('pointermove', move);
        frame.style.setProperty('pointer-events', 'auto', 'important');
        tell({ drag: { x: e.clientX, done: true } });
      },
      { once: true },
    );
  });

  const squeeze = (styles: StyleMap | null) => {
    const body = doc.body;
    if (!body || JSON.stringify(styles) === bodyKey) return;
    bodyKey = JSON.stringify(styles);
    saved ??= SQUEEZED.map((p) => [p, body.style.getPropertyValue(p), body.style.getPropertyPriority(p)] as [string, string, string]);
    for (const [property, value, priority] of saved) body.style.setProperty(property, value, priority);
    if (styles) setStyles(body, styles);
    else saved = undefined;
    // Pages that lay out in script listen for resize; ResizeObserver users see the body change.
    win.dispatchEvent(new Event('resize'));
  };

  function place(p: DockPlacement) {
    setStyles(frame, p.frame);
    squeeze(p.body);
    style.textContent = p.css;
    show.hidden = !p.show;
    separator.hidden = !p.separator;
    setStyles(show, p.show ?? {});
    setStyles(separator, p.separator ?? {});
    separator.setAttribute('aria-valuenow', String(p.width));
    const wasShown = shown;
    shown = p.frame.display !== 'none';
    // Shown again (the handle, the toolbar button or the shortcut): the sidebar's single keys
    // should work at once, so its frame takes the focus, as a click into it would.
    if (shown && wasShown === false) {
      frame.focus();
      whenShown?.();
    }
  }
  doc.documentElement.append(frame, host);
  const onResize = () => tell();
  win.addEventListener('resize', onResize);
  // An open side panel of the call (chat, people) pushes a floating sidebar aside.
  const stopWatchingPanels = watchForPanels(doc, onResize);

  return {
    /** Shows the sidebar (the focus-notes shortcut); resolves once it shows, its frame focused. */
    show: () =>
      new Promise<void>((resolve) => {
        if (shown) return resolve(frame.focus());
        whenShown = resolve;
        tell({ show: true });
      }),
    remove() {
      frame.remove();
      host.remove();
      squeeze(null);
      win.removeEventListener('resize', onResize);
      stopWatchingPanels();
      port?.close();
    },
  };
}

export type PuppetDock = ReturnType<typeof insertDock>;
