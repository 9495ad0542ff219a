import { browser } from 'wxt/browser';
import { REGISTER_FRAME } from '../dock/dock-protocol';

const keyOf = (tabId: number) => `frameSecret:${tabId}`;

/**
 * How long a frame's secret waits for its registration: the content script hands the secret to
 * its frame without waiting for the background (lib/content/puppet-dock.ts), so after a browser
 * restart the frame's first request may come before the worker has handled the registration.
 */
export const REGISTRATION_WAIT_MS = 2_000;

/**
 * The secret of the sidebar frame each tab's content script inserted last. The content script
 * registers it here, then hands it to its own frame by postMessage, which the page cannot read;
 * the frame's boot (openTabInterview) must bring it. A frame the page made itself has none, so
 * it is refused and shows no interview data. In memory, and in storage.session (not readable by
 * content scripts) so that a worker restart keeps it.
 */
export function createFrameSecrets(
  area: Pick<typeof browser.storage.session, 'get' | 'set'> = browser.storage.session,
  waitMs = REGISTRATION_WAIT_MS,
) {
  const known = new Map<number, string>();
  const registered = new Set<(tabId: number) => void>();
  const stored = async (tabId: number) => known.get(tabId) ?? ((await area.get(keyOf(tabId)))[keyOf(tabId)] as string | undefined);
  return {
    async register(tabId: number, secret: string): Promise<void> {
      known.set(tabId, secret);
      registered.forEach((heard) => heard(tabId));
      await area.set({ [keyOf(tabId)]: secret });
    },
    async matches(tabId: number | undefined, secret: unknown): Promise<boolean> {
      if (tabId === undefined || typeof secret !== 'string' || secret.length < 32) return false;
      if ((await stored(tabId)) === secret) return true;
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          registered.delete(heard);
          resolve(ok);
        };
        const heard = (registeredTab: number) => registeredTab === tabId && known.get(tabId) === secret && done(true);
        const timer = setTimeout(() => done(false), waitMs);
        registered.add(heard);
      });
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
