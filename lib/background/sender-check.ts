/** What runtime messaging says of who sent a message or opened a port (a subset of MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Only the extension's own pages (sidebar, side panel, dashboard) reach the data. A content script
 * also carries the extension's id, but it runs inside the meeting page's renderer, where Chrome
 * warns that messages may be forged: its sender URL is the page's, so it is refused here.
 */
export function isExtensionPage(sender: SenderInfo | undefined, extensionId: string, extensionOrigin: string): boolean {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return false;
  try {
    // Compared by scheme and host: URL.origin is "null" for chrome-extension: in some engines.
    const [from, own] = [new URL(sender.url), new URL(extensionOrigin)];
    return from.protocol === own.protocol && from.host === own.host && own.host !== '';
  } catch {
    return false;
  }
}

/** The in-page sidebar asks for its tab's interview: only from sidebar.html, inside a tab. */
export function isSidebarFrame(sender: SenderInfo | undefined, extensionId: string, extensionOrigin: string): boolean {
  if (!isExtensionPage(sender, extensionId, extensionOrigin) || sender?.tab?.id === undefined) return false;
  return new URL(sender.url!).pathname === '/sidebar.html';
}

export class RefusedSenderError extends Error {
  constructor(what: string) {
    super(`Refused: ${what} is answered only to the extension's own pages.`);
    this.name = 'RefusedSenderError';
  }
}

/** Logs a refusal once per sender origin and request, so a page that keeps trying does not flood the log. */
export function createRefusalLog(log: (message: string) => void = console.warn) {
  const seen = new Set<string>();
  return (what: string, sender: SenderInfo | undefined) => {
    let origin = 'an unknown sender';
    try {
      origin = sender?.url ? new URL(sender.url).origin : origin;
    } catch {
      // keep the default
    }
    const key = `${origin} ${what}`;
    if (seen.has(key)) return;
    seen.add(key);
    log(`Interview Sidebar refused ${what} from ${origin}.`);
  };
}
