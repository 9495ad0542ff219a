import type { SurfaceRequests } from '../background/background-service';
import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import type { RecentInterview } from '../interviews/recent-interviews';
import type { MeetingPlatform } from '../platforms';
import type { Appearance } from '../settings/appearance';
import type { SidebarLayout } from '../settings/sidebar-layout';
import type { LiveQueryName, LiveParams, LiveResult } from './live-queries';
import type { RequestCall, RequestClient } from './request-proxy';
import { defineExtensionMessaging } from './extension-messaging';

/** Every request a surface may make, by namespace, e.g. `client.interviews.saveNote(...)`. */
export type Requests = RequestClient<SurfaceRequests>;

/** Everything the sidebar's first screen needs, in one answer (see lib/background/sidebar-boot.ts). */
export type OpenTabInterviewResult =
  | {
      status: 'ready';
      /** The call's interview, or before anything was done in the call a stand-in (lib/interviews/not-yet-an-interview.ts). */
      session: InterviewSession;
      /** The current question's note, if it has one. */
      note: QuestionNote | null;
      layout: SidebarLayout;
      appearance: Appearance;
    }
  /**
   * A call whose URL names no meeting the tab joined: the interviewer picks (components/sidebar/interview-chooser.tsx).
   * With the layout and appearance too, so that the frame places itself without reading storage (lib/dock/frame-dock.ts).
   */
  | { status: 'choose'; platform: MeetingPlatform; recent: RecentInterview[]; layout: SidebarLayout; appearance: Appearance }
  | { status: 'not-a-meeting' }
  /** A sidebar frame the extension did not insert (a page framed sidebar.html itself): nothing is shown. */
  | { status: 'refused'; message: string };

/** The chooser's answer: resume an interview (its id), or a new one (null). `tabId` for a page outside the tab. */
export interface InterviewChoice {
  sessionId: string | null;
  tabId?: number;
}

/** Every message of the extension, with its types. */
export interface ProtocolMap {
  /** A service request (lib/messaging/request-proxy.ts): its types are those of `Requests`. */
  request(call: RequestCall): unknown;
  /**
   * Opens (or resumes) the interview of the meeting in the sender's own tab. `secret`: the one its
   * content script gave the frame it inserted (lib/background/frame-secrets.ts); refused without it.
   */
  openTabInterview(secret: string): OpenTabInterviewResult;
  /** The same for another tab (the side panel's active tab); its URL is read from the browser. */
  openInterviewForTab(tabId: number): OpenTabInterviewResult;
  /**
   * The first thing done in a call whose interview does not exist yet (a request naming
   * NOT_YET_AN_INTERVIEW): creates the interview of the sender's tab, or of `tabId` for the side
   * panel, and applies the request to it (lib/background/first-action.ts).
   */
  firstAction(request: { call: RequestCall; tabId?: number }): unknown;
  /** The chooser's answer for a tab's call: the tab then stays on that interview while in the call. */
  chooseTabInterview(choice: InterviewChoice): OpenTabInterviewResult;
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
