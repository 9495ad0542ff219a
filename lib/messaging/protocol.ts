import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InterviewSession } from '../interviews/interview-types';
import type { Kit, KitContent } from '../kits/kit-types';
import type { SaveNoteInput } from '../interviews/interview-service';
import type { LiveQueryName, LiveParams, LiveResult } from './live-queries';

/** Every request a surface can make of the background, with its types. */
export interface ProtocolMap {
  /** Opens (or resumes) the interview of the meeting in the sender's own tab. */
  openTabInterview(): OpenTabInterviewResult;
  setCurrentQuestion(data: { sessionId: string; index: number }): void;
  saveNote(data: SaveNoteInput): void;
  // Kits (dashboard). Content is validated again in the background.
  createKit(data: { content: KitContent }): Kit;
  updateKit(data: { id: string; content: KitContent }): Kit;
  duplicateKit(data: { id: string }): Kit;
  /** Returns the deleted kit whole, for Undo. */
  deleteKit(data: { id: string }): Kit;
  restoreKit(data: { kit: Kit }): Kit;
}

export type OpenTabInterviewResult =
  | { status: 'ready'; session: InterviewSession }
  | { status: 'not-a-meeting' };

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Live subscriptions travel over a runtime.Port of this name, one port per subscription. */
export const LIVE_PORT_NAME = 'live-query';

export interface LiveSubscribeRequest<N extends LiveQueryName = LiveQueryName> {
  query: N;
  params: LiveParams<N>;
}

export type LiveUpdate<N extends LiveQueryName = LiveQueryName> =
  | { kind: 'value'; value: LiveResult<N> }
  | { kind: 'error'; message: string };
