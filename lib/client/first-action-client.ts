import { holdsStandIn } from '../interviews/not-yet-an-interview';
import { REQUEST_NAMES, type BackgroundRequests } from '../messaging/protocol';
import type { DataClient } from './data-client';

/**
 * The data client of a call's sidebar: a request naming the interview that does not exist yet
 * goes as the call's first action (created and applied in one message); every other request as it is.
 */
export function routeFirstActions(client: DataClient, tabId?: number): DataClient {
  const routed = Object.fromEntries(
    REQUEST_NAMES.map((name) => [
      name,
      (...args: unknown[]) =>
        args.some(holdsStandIn) ? client.firstAction(name, args, tabId) : (client[name] as (...a: unknown[]) => Promise<unknown>)(...args),
    ]),
  ) as unknown as BackgroundRequests;
  return { ...client, ...routed };
}
