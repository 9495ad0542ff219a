import type { LiveParams, LiveQueryName, LiveResult } from '../messaging/live-queries';
import type { InterviewChoice, OpenTabInterviewResult, Requests } from '../messaging/protocol';
import type { RequestCall } from '../messaging/request-proxy';

export interface LiveObserver<T> {
  next: (value: T) => void;
  error: (message: string) => void;
}

/**
 * What every surface (in-page sidebar, side panel, dashboard) may ask of the data: the services'
 * requests by namespace (`client.kits.createKit(...)`), the tab's interview, and live queries. The extension implementation talks
 * to the background; tests use one that runs the same service in process.
 */
export type DataClient = Requests & SurfaceClient;

/** A client's own members, beside the service namespaces. */
export interface SurfaceClient {
  /** The in-page sidebar's boot, with the secret its content script gave it (lib/dock/page-link.ts). */
  openTabInterview(secret?: string): Promise<OpenTabInterviewResult>;
  openInterviewForTab(tabId: number): Promise<OpenTabInterviewResult>;
  /** A request naming the not-yet-created interview of the call in this tab (or `tabId`'s): see lib/background/first-action.ts. */
  firstAction(call: RequestCall, tabId?: number): Promise<unknown>;
  /** The chooser's answer, for the sender's tab or (with `tabId`) another. */
  chooseTabInterview(choice: InterviewChoice): Promise<OpenTabInterviewResult>;
  subscribe<N extends LiveQueryName>(query: N, params: LiveParams<N>, observer: LiveObserver<LiveResult<N>>): () => void;
}
