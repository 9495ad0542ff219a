import type { LiveParams, LiveQueryName, LiveResult } from '../messaging/live-queries';
import type { BackgroundRequests, OpenTabInterviewResult } from '../messaging/protocol';

export interface LiveObserver<T> {
  next: (value: T) => void;
  error: (message: string) => void;
}

/**
 * What every surface (in-page sidebar, side panel, dashboard) may ask of the data: the interview
 * service's requests, the tab's interview, and live queries. The extension implementation talks
 * to the background; tests use one that runs the same service in process.
 */
export interface DataClient extends BackgroundRequests {
  openTabInterview(): Promise<OpenTabInterviewResult>;
  openInterviewForTab(tabId: number): Promise<OpenTabInterviewResult>;
  /** A request naming the not-yet-created interview of the call in this tab (or `tabId`'s): see lib/background/first-action.ts. */
  firstAction(name: string, args: unknown[], tabId?: number): Promise<unknown>;
  subscribe<N extends LiveQueryName>(query: N, params: LiveParams<N>, observer: LiveObserver<LiveResult<N>>): () => void;
}
