import type { PageEvent } from './dock-protocol';

/** How long a frame waits for its content script's first message before booting without a secret (and being refused). */
export const HANDSHAKE_TIMEOUT_MS = 3_000;

const isPageEvent = (data: unknown): data is PageEvent =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as PageEvent).secret === 'string' &&
  typeof (data as PageEvent).viewport === 'number';

/**
 * The sidebar frame's end of the link to its content script (lib/content/puppet-dock.ts): the
 * first message from the parent window brings the frame's secret and the page's geometry; later
 * ones count only with the same secret, so the page, which can post to this window too but never
 * read what the content script posts, cannot drive the dock. A frame that is not in a page, or
 * hears nothing, boots without a secret and is refused.
 */
export function linkToPage(win: Window = window, timeoutMs = HANDSHAKE_TIMEOUT_MS) {
  const listeners: ((event: PageEvent) => void)[] = [];
  let secret: string | undefined;
  const first = new Promise<PageEvent | null>((resolve) => {
    if (win.parent === win) return resolve(null);
    setTimeout(() => resolve(null), timeoutMs);
    win.addEventListener('message', ({ source, data }) => {
      if (source !== win.parent || !isPageEvent(data)) return;
      if (secret === undefined) {
        secret = data.secret;
        return resolve(data);
      }
      if (data.secret === secret) for (const listener of listeners) listener(data);
    });
  });
  return { first, onPageEvent: (listener: (event: PageEvent) => void) => void listeners.push(listener) };
}
