import { browser } from 'wxt/browser';
import type { LiveParams, LiveQueryName, LiveResult } from '../messaging/live-queries';
import { LIVE_PORT_NAME, sendMessage, type LiveSubscribeRequest, type LiveUpdate } from '../messaging/protocol';
import { applyLivePatch } from '../messaging/live-diff';
import { createRequestProxy, withRequests } from '../messaging/request-proxy';
import { onTabMessage } from '../messaging/tab-protocol';
import type { SurfaceRequests } from '../background/background-service';
import type { DataClient, LiveObserver, SurfaceClient } from './data-client';

/** Delay before re-subscribing after the service worker went away; grows while it stays away. */
const RECONNECT_DELAYS_MS = [0, 50, 250, 1000, 3000];

/** The data client of a real extension page: requests by message, live data over ports. */
export function createExtensionClient(): DataClient {
  // Subscriptions that lost their port and wait for the worker to start again (see `subscribe`).
  const waitingForWorker = new Set<() => void>();
  const resubscribeWaiting = () => {
    const waiting = [...waitingForWorker];
    waitingForWorker.clear();
    waiting.forEach((go) => go());
  };
  let listening = false;
  const whenWorkerStarts = (resubscribe: () => void) => {
    waitingForWorker.add(resubscribe);
    if (listening) return;
    listening = true;
    onTabMessage('workerStarted', resubscribeWaiting);
  };
  // An answer proves a worker runs: also the way back should its start message have been missed.
  const requests = createRequestProxy<SurfaceRequests>((call) => sendMessage('request', call).finally(resubscribeWaiting));

  return withRequests<SurfaceRequests, SurfaceClient>(requests, {
    openTabInterview: (secret = '') => sendMessage('openTabInterview', secret),
    openInterviewForTab: (tabId) => sendMessage('openInterviewForTab', tabId),
    firstAction: (call, tabId) => sendMessage('firstAction', { call, tabId }),
    chooseTabInterview: (choice) => sendMessage('chooseTabInterview', choice),
    subscribe<N extends LiveQueryName>(query: N, params: LiveParams<N>, observer: LiveObserver<LiveResult<N>>) {
      let closed = false;
      let failures = 0;
      // A surface attending an interview comes back at once, so the interview's presence (and its
      // clock, lib/background/interview-presence.ts) never lapses. Any other waits until something
      // starts the worker again (its first request, or another surface): an idle dashboard lets
      // the worker sleep instead of waking it every time Chrome stops it.
      const eager = 'attend' in params && params.attend === true;
      let port: ReturnType<typeof browser.runtime.connect> | undefined;
      let retry: ReturnType<typeof setTimeout> | undefined;

      const connect = () => {
        port = browser.runtime.connect({ name: LIVE_PORT_NAME });
        // A new port (also after a worker restart) starts with a whole value; patches apply to it.
        let rows: { id: string }[] = [];
        port.onMessage.addListener((update: LiveUpdate<N>) => {
          failures = 0;
          if (update.kind === 'error') return observer.error(update.message);
          if (update.kind === 'value') {
            if (Array.isArray(update.value)) rows = update.value;
            return observer.next(update.value);
          }
          rows = applyLivePatch(rows, update.upsert as { id: string }[], update.remove);
          // Only keyed queries (lists of rows) are sent as patches (lib/messaging/live-diff.ts).
          observer.next(rows as LiveResult<N>);
        });
        // The background ends ports only when its service worker stops: subscribe again.
        port.onDisconnect.addListener(() => {
          if (closed || !browser.runtime?.id) return;
          if (!eager) return whenWorkerStarts(() => !closed && connect());
          const delay = RECONNECT_DELAYS_MS[Math.min(failures++, RECONNECT_DELAYS_MS.length - 1)];
          retry = setTimeout(connect, delay);
        });
        const request: LiveSubscribeRequest<N> = { query, params };
        port.postMessage(request);
      };
      connect();

      return () => {
        closed = true;
        clearTimeout(retry);
        port?.disconnect();
      };
    },
  });
}
