import { browser } from 'wxt/browser';
import { REGISTER_FRAME } from '../dock/dock-protocol';

const keyOf = (tabId: number) => `frameSecret:${tabId}`;

/**
 * The secret of the sidebar frame each tab's content script inserted last. The content script
 * registers it here, then hands it to its own frame by postMessage, which the page cannot read;
 * the frame's boot (openTabInterview) must bring it. A frame the page made itself has none, so
 * it is refused and shows no interview data. In memory, and in storage.session (not readable by
 * content scripts) so that a worker restart keeps it.
 */
export function createFrameSecrets(area: Pick<typeof browser.storage.session, 'get' | 'set'> = browser.storage.session) {
  const known = new Map<number, string>();
  return {
    async register(tabId: number, secret: string): Promise<void> {
      known.set(tabId, secret);
      await area.set({ [keyOf(tabId)]: secret });
    },
    async matches(tabId: number | undefined, secret: unknown): Promise<boolean> {
      if (tabId === undefined || typeof secret !== 'string' || secret.length < 32) return false;
      const stored = known.get(tabId) ?? ((await area.get(keyOf(tabId)))[keyOf(tabId)] as string | undefined);
      return stored === secret;
    },
  };
}

export type FrameSecrets = ReturnType<typeof createFrameSecrets>;

/** Takes the content scripts' registrations: from a tab's top frame, not from an extension page. */
export function acceptFrameSecrets(secrets: FrameSecrets): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const secret = typeof message === 'object' && message !== null ? (message as Record<string, unknown>)[REGISTER_FRAME] : undefined;
    if (typeof secret !== 'string') return undefined;
    const fromContentScript =
      sender.id === browser.runtime.id &&
      sender.tab?.id !== undefined &&
      sender.frameId === 0 &&
      !sender.url?.startsWith(browser.runtime.getURL('/'));
    return fromContentScript ? secrets.register(sender.tab!.id!, secret).then(() => true) : Promise.resolve(false);
  });
}
