import { holdsStandIn } from '../interviews/not-yet-an-interview';
import type { DataClient } from './data-client';

/**
 * The data client of a call's sidebar: an interviews request naming the interview that does not
 * exist yet goes as the call's first action (created and applied in one message); every other
 * request as it is.
 */
export function routeFirstActions(client: DataClient, tabId?: number): DataClient {
  const interviews = new Proxy(client.interviews, {
    get(target, method, receiver) {
      const own: unknown = Reflect.get(target, method, receiver);
      if (typeof method !== 'string' || typeof own !== 'function') return own;
      return (...args: unknown[]) =>
        args.some(holdsStandIn) ? client.firstAction({ service: 'interviews', method, args }, tabId) : Reflect.apply(own, target, args);
    },
  });
  const routed: DataClient = Object.create(client);
  return Object.assign(routed, { interviews });
}
