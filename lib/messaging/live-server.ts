import { liveQuery } from 'dexie';
import type { Browser } from 'wxt/browser';
import type { InterviewDatabase } from '../db/database';
import { createLiveDiff } from './live-diff';
import { isLiveQueryName, KEYED_QUERIES, liveQueries, type LiveQueryName } from './live-queries';
import { LIVE_PORT_NAME, type LiveSubscribeRequest, type LiveUpdate } from './protocol';

type Port = Browser.runtime.Port;

/**
 * Serves one live query per port: the first message names the query, then every change of the
 * result of Dexie's liveQuery is posted back (keyed lists as patches) until the surface disconnects.
 */
export function serveLiveQueries(
  db: () => InterviewDatabase,
  onConnect: { addListener(listener: (port: Port) => void): void },
  /** Called for each valid subscription; the function it returns runs when the port closes. */
  onSubscribe: (request: LiveSubscribeRequest) => (() => void) | void = () => undefined,
  /** Who may subscribe (the background allows only the extension's own pages). */
  allowed: (port: Port) => boolean = () => true,
): void {
  onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT_NAME) return;
    if (!allowed(port)) {
      post(port, { kind: 'error', message: "Refused: live data is sent only to the extension's own pages." });
      port.disconnect();
      return;
    }
    port.onMessage.addListener(function start(request: LiveSubscribeRequest) {
      port.onMessage.removeListener(start);
      if (!isLiveQueryName(request?.query)) {
        post(port, { kind: 'error', message: `Unknown live query: ${String(request?.query)}` });
        return;
      }
      const subscription = subscribe(db(), request, (update) => post(port, update));
      const leave = onSubscribe(request);
      port.onDisconnect.addListener(() => {
        subscription.unsubscribe();
        leave?.();
      });
    });
  });
}

function subscribe<N extends LiveQueryName>(
  db: InterviewDatabase,
  { query, params }: LiveSubscribeRequest<N>,
  send: (update: LiveUpdate<N>) => void,
) {
  const run = liveQueries[query] as (db: InterviewDatabase, p: typeof params) => ReturnType<(typeof liveQueries)[N]>;
  const diff = createLiveDiff(KEYED_QUERIES.has(query));
  return liveQuery(() => run(db, params)).subscribe({
    next: (value) => {
      const delta = diff(value);
      if (delta) send(delta as LiveUpdate<N>);
    },
    error: (error: unknown) => send({ kind: 'error', message: errorMessage(error) }),
  });
}

function post(port: Port, update: LiveUpdate): void {
  try {
    port.postMessage(update);
  } catch {
    // The surface went away between the query and the answer; its disconnect cleans up.
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
