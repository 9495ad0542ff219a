/**
 * How a platform's URLs are read: all the content script carries of a platform (url-rules.ts),
 * so the meeting page pays for no names, permissions or layout defaults.
 */
export interface PlatformUrlRules<Id extends string = string> {
  id: Id;
  /** Where the content script runs (may be narrower than the hosts). */
  pagePatterns: string[];
  /** Whether a hostname belongs to the platform. */
  isHost: (hostname: string) => boolean;
  /** The meeting a URL of the platform shows: its code and a canonical link; null when it is no call. */
  meetingOf: (url: URL) => { code: string; url: string } | null;
  /**
   * Whether a page of the platform whose URL names no meeting may still be the call the tab joined
   * (the platform rewrote its URL): there the background's memory of the tab's meeting holds
   * (lib/meeting/tab-call.ts). False where such a page is surely no call (a landing page).
   */
  staysInCall: (url: URL) => boolean;
}

/**
 * Everything the extension knows about one meeting platform. Adding a platform is its URL rules
 * (like meet-url.ts) and its module (like meet.ts) plus its look-alike page in e2e/fixtures; every
 * list below is derived from PLATFORMS (lib/platforms/index.ts), and platforms.test.ts fails when
 * one disagrees.
 */
export interface PlatformModule<Id extends string = string> extends PlatformUrlRules<Id> {
  /** As people say it: "Google Meet". */
  name: string;
  /** Host permissions and web-accessible-resource matches: origins only (`https://host/*`). */
  hostPatterns: string[];
  /** Where the call's own controls are, so a floating sidebar keeps clear of them. */
  controls: { edge: 'top' | 'bottom'; clearancePx: number };
  /** The side the sidebar docks on until the user chooses. */
  defaultDock: 'left' | 'right';
  /** A real host of the platform that the e2e suite maps to its look-alike page. */
  testHost: string;
}
