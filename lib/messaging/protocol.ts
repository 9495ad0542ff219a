import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundService } from '../background/background-service';
import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import type { Appearance } from '../settings/appearance';
import type { SidebarLayout } from '../settings/sidebar-layout';
import type { LiveQueryName, LiveParams, LiveResult } from './live-queries';

/**
 * The requests a surface may make of the background's service: every method but
 * `openInterview`, whose meeting must come from the sender's tab (see `openTabInterview`).
 */
export type BackgroundRequests = AsRequests<Omit<BackgroundService, BackgroundOnly>>;
/** Called by the background itself (the presence tracker, the browser shortcuts), never by a surface. */
type BackgroundOnly = 'openInterview' | 'bootInterview' | 'actInMeeting' | 'setPresent' | 'pauseAbandoned' | 'stepQuestionInMeeting';

/** A service's methods as requests: same arguments, answered with a plain promise. */
type AsRequests<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};
export type RequestName = keyof BackgroundRequests;

/** Every request name, checked complete by the compiler, for the client and the handlers. */
export const REQUEST_NAMES = Object.keys({
  setCurrentQuestion: true,
  chooseInterviewKit: true,
  setClockRunning: true,
  endInterview: true,
  updateDetails: true,
  saveNote: true,
  setRating: true,
  setQuestionMark: true,
  setKitRedFlagSeen: true,
  addRedFlag: true,
  removeRedFlag: true,
  setRedFlagNote: true,
  exportInterviewMarkdown: true,
  exportInterviewsMarkdown: true,
  createBackup: true,
  restoreBackup: true,
  createKit: true,
  updateKit: true,
  duplicateKit: true,
  deleteKit: true,
  restoreKit: true,
  searchInterviews: true,
  deleteInterviews: true,
  restoreInterviews: true,
  interviewsForComparison: true,
  mergeCandidates: true,
  splitCandidate: true,
  importInterviews: true,
  retentionDays: true,
  countExpired: true,
  setRetentionDays: true,
  applyRetention: true,
} satisfies Record<RequestName, true>) as RequestName[];

/** Everything the sidebar's first screen needs, in one answer (see lib/background/sidebar-boot.ts). */
export type OpenTabInterviewResult =
  | {
      status: 'ready';
      session: InterviewSession;
      /** The current question's note, if it has one. */
      note: QuestionNote | null;
      layout: SidebarLayout;
      appearance: Appearance;
    }
  | { status: 'not-a-meeting' };

type RequestMessages = {
  [K in RequestName]: (args: Parameters<BackgroundRequests[K]>) => Awaited<ReturnType<BackgroundRequests[K]>>;
};

/** Every message of the extension, with its types. A request's data is its argument list. */
export interface ProtocolMap extends RequestMessages {
  /** Opens (or resumes) the interview of the meeting in the sender's own tab. */
  openTabInterview(): OpenTabInterviewResult;
  /** The same for another tab (the side panel's active tab); its URL is read from the browser. */
  openInterviewForTab(tabId: number): OpenTabInterviewResult;
  /**
   * The first thing done in a call whose interview does not exist yet (its requests name
   * NOT_YET_AN_INTERVIEW): creates the interview of the sender's tab, or of `tabId` for the side
   * panel, and applies the request to it (lib/background/first-action.ts).
   */
  firstAction(request: { name: string; args: unknown[]; tabId?: number }): unknown;
  /** The browser shortcuts as set now: Firefox gives an extension frame inside a web page no `commands` API. */
  browserCommands(): { name?: string; description?: string; shortcut?: string }[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Live subscriptions travel over a runtime.Port of this name, one port per subscription. */
export const LIVE_PORT_NAME = 'live-query';

export interface LiveSubscribeRequest<N extends LiveQueryName = LiveQueryName> {
  query: N;
  params: LiveParams<N>;
}

/**
 * A value, or for a keyed query (a list of rows with ids, see KEYED_QUERIES) after its first value
 * only the rows that changed and the ids that went: a keystroke sends one note, not the interview.
 */
export type LiveUpdate<N extends LiveQueryName = LiveQueryName> =
  { kind: 'value'; value: LiveResult<N> } | { kind: 'patch'; upsert: unknown[]; remove: string[] } | { kind: 'error'; message: string };
