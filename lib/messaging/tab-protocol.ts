import { defineExtensionMessaging } from '@webext-core/messaging';

/** Messages from the background to a meeting tab's content script. */
export interface TabProtocolMap {
  /** Show the sidebar if hidden and put the cursor in the notes box (the "focus notes" shortcut). */
  focusNotes(): void;
  /** The tab's URL changed (Firefox without the Navigation API; see lib/background/location-relay.ts). */
  locationChanged(): void;
}

export const { sendMessage: sendTabMessage, onMessage: onTabMessage } = defineExtensionMessaging<TabProtocolMap>();

/** Posted by the content script into the sidebar frame; carries no data, so a forged one is harmless. */
export const FOCUS_NOTES_FRAME_MESSAGE = 'interview-sidebar:focus-notes';
