import type { MeetingPlatform } from '../platforms';
import type { CallStart } from '../settings/appearance-shape';
import type { SidebarLayout } from '../settings/sidebar-layout';

/**
 * The in-page sidebar's two halves: the content script (lib/content/puppet-dock.ts) inserts the
 * frame and the page's controls and does what the frame says; the frame (lib/dock/frame-dock.ts)
 * reads the layout, decides where everything goes and stores the user's changes. Types only, so
 * the content script carries none of the rules.
 */

/** Inline styles (set as `!important`) for one element; null hides it. */
export type StyleMap = Record<string, string>;

/** From the frame to its content script, on their private MessagePort. */
export interface DockPlacement {
  frame: StyleMap;
  /** The page squeeze beside the call: the body's styles, null to give the page its whole width back. */
  body: StyleMap | null;
  /** The "Show sidebar" handle, null while the sidebar shows. */
  show: StyleMap | null;
  /** The resize separator, null while the sidebar is hidden. */
  separator: StyleMap | null;
  /** The sidebar's width in px (the separator's aria-valuenow). */
  width: number;
  /** The stylesheet of the page's controls (in their closed shadow root). */
  css: string;
}

/** What the frame must know of the page it sits on: its width, and how far the call's own side panels reach. */
export interface PageGeometry {
  viewport: number;
  panels: { left: number; right: number };
}

/**
 * What the frame needs to place itself at once: the call's platform, its stored layout and how a
 * call starts (Settings). The background puts it in its answer to the content script's call query
 * (lib/background/tab-calls.ts), read from storage beside the URL; the content script passes it on
 * unread, with the page's geometry, on the frame's private port (no interview data).
 */
export interface DockStart {
  platform: MeetingPlatform;
  layout: SidebarLayout;
  callStart: CallStart;
}

/** The content script's first message on the port: the background has named the call, so the frame may place itself. */
export type DockMessage = PageGeometry & { dock: DockStart };

/**
 * The content script's first message to its frame (window.postMessage to the extension's origin,
 * which the page cannot read), sent as soon as the frame has loaded, before the background has
 * answered: the frame's secret for the background, the page's URL (a frame on a meeting's URL
 * places itself, lib/dock/dock-start.ts) and geometry and, transferred with it, the port of a
 * MessageChannel that only these two hold: everything after goes through it.
 */
export type FrameHandshake = PageGeometry & { secret: string; href: string };

/** From the content script to its frame, on their private port. */
export type PageEvent = PageGeometry & {
  /** The user pressed "Show sidebar", or the focus-notes shortcut asked for the sidebar. */
  show?: true;
  /** A drag of the separator: the pointer's x; `done` at its end. */
  drag?: { x: number; done: boolean };
  /** An arrow key on the focused separator. */
  key?: 'ArrowLeft' | 'ArrowRight';
};

/** Key of the content script's one message to the background: "this is the secret of the frame I insert". */
export const REGISTER_FRAME = 'interview-sidebar:frame';
