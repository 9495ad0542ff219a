import { browser } from 'wxt/browser';
import { applyLivePatch } from '../messaging/live-diff';
import type { LiveQueryName } from '../messaging/live-queries';
import {
  REQUEST_NAMES,
  LIVE_PORT_NAME,
  sendMessage,
  type BackgroundRequests,
  type LiveSubscribeRequest,
  type LiveUpdate,
} from '../messaging/protocol';
import type { DataClient } from './data-client';

/** Delay before re-subscribing after the service worker went away; grows while it stays away. */
const RECONNECT_DELAYS_MS = [0, 50, 250, 1000, 3000];

/** The data client of a real extension page: requests by message, live data over ports. */
export function createExtensionClient(): DataClient {
  const send = sendMessage as (name: string, args?: unknown) => Promise<never>;
  const requests = Object.fromEntries(
    REQUEST_NAMES.map((name) => [name, (...args: unknown[]) => send(name, args)]),
  ) as unknown as BackgroundRequests;

  return {
    ...requests,
    openTabInterview: () => sendMessage('openTabInterview'),
    openInterviewForTab: (tabId) => sendMessage('openInterviewForTab', tabId),
    firstAction: (name, args, tabId) => sendMessage('firstAction', { name, args, tabId }),
    subscribe(query, params, observer) {
      let closed = false;
      let failures = 0;
      let port: ReturnType<typeof browser.runtime.connect> | undefined;
      let retry: ReturnType<typeof setTimeout> | undefined;

      const connect = () => {
        port = browser.runtime.connect({ name: LIVE_PORT_NAME });
        // A new port (also after a worker restart) starts with a whole value; patches apply to it.
        let rows: { id: string }[] = [];
        port.onMessage.addListener((update: LiveUpdate) => {
          failures = 0;
          if (update.kind === 'error') return observer.error(update.message);
          if (update.kind === 'patch') rows = applyLivePatch(rows, update.upsert as { id: string }[], update.remove);
          else if (Array.isArray(update.value)) rows = update.value as { id: string }[];
          observer.next((update.kind === 'patch' ? rows : update.value) as never);
        });
        // The background ends ports only when its service worker stops: subscribe again.
        port.onDisconnect.addListener(() => {
          if (closed || !browser.runtime?.id) return;
          const delay = RECONNECT_DELAYS_MS[Math.min(failures++, RECONNECT_DELAYS_MS.length - 1)];
          retry = setTimeout(connect, delay);
        });
        const request: LiveSubscribeRequest<LiveQueryName> = { query, params };
        port.postMessage(request);
      };
      connect();

      return () => {
        closed = true;
        clearTimeout(retry);
        port?.disconnect();
      };
    },
  };
}
