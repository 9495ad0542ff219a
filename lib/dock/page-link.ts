import type { DockMessage, DockPlacement, FrameHandshake, PageEvent } from './dock-protocol';

/** How long a frame waits for its content script's first message before booting without a secret (and being refused). */
export const HANDSHAKE_TIMEOUT_MS = 3_000;

const isHandshake = (data: unknown): data is FrameHandshake =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as FrameHandshake).secret === 'string' &&
  typeof (data as FrameHandshake).href === 'string' &&
  typeof (data as FrameHandshake).viewport === 'number';

const isDockMessage = (data: PageEvent | DockMessage): data is DockMessage => 'dock' in data;

/**
 * The sidebar frame's end of the link to its content script (lib/content/puppet-dock.ts): the
 * first message from the parent window brings the frame's secret, the page's URL and geometry and
 * a MessagePort. On that port come the dock (once the background has named the call) and the
 * page's events, and placements go back: on that port only, which the page never holds. (Firefox
 * gives an extension frame inside a web page no `tabs` API, so the port is also the one way back
 * to the content script in both browsers.) A frame that is not in a page, or hears nothing, boots
 * without a secret and is refused.
 */
export function linkToPage(win: Window = window, timeoutMs = HANDSHAKE_TIMEOUT_MS) {
  const listeners: ((event: PageEvent) => void)[] = [];
  // The page's last event before anyone listened (the dock starts once the frame knows where it goes).
  let unheard: PageEvent | undefined;
  let port: MessagePort | undefined;
  let docked: (message: DockMessage) => void;
  const dock = new Promise<DockMessage>((resolve) => (docked = resolve));
  const first = new Promise<FrameHandshake | null>((resolve) => {
    if (win.parent === win) return resolve(null);
    setTimeout(() => resolve(null), timeoutMs);
    const onFirst = ({ source, data, ports }: MessageEvent) => {
      if (source !== win.parent || !isHandshake(data) || !ports[0]) return;
      win.removeEventListener('message', onFirst);
      port = ports[0];
      port.onmessage = ({ data: message }: MessageEvent<PageEvent | DockMessage>) => {
        if (isDockMessage(message)) return docked(message);
        if (listeners.length === 0) unheard = message;
        for (const listener of listeners) listener(message);
      };
      resolve(data);
    };
    win.addEventListener('message', onFirst);
  });
  return {
    first,
    /** The call's dock and the page's geometry; never settles in a frame the content script did not dock. */
    dock,
    onPageEvent(listener: (event: PageEvent) => void) {
      listeners.push(listener);
      if (unheard) listener(unheard);
      unheard = undefined;
    },
    place: (placement: DockPlacement) => port?.postMessage(placement),
  };
}

export type PageLink = ReturnType<typeof linkToPage>;
