import type { MeetingPlatform } from '../platforms';
import { URL_RULES } from '../platforms/url-rules';
import { parseMeetingUrl, type MeetingIdentity } from './meeting-url';

/**
 * What the background knows of a tab's call: the meeting it joined, or (meeting null) that the
 * interviewer asked for the sidebar on a call whose URL names no meeting, so it shows the chooser.
 */
export interface TabCall {
  platform: MeetingPlatform;
  meeting: MeetingIdentity | null;
}

/** The platform of a page that may be a call whose URL names no meeting (see PlatformModule.staysInCall). */
export function unnamedCallPlatform(href: string | undefined): MeetingPlatform | null {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const platform = URL_RULES.find((p) => p.isHost(url.hostname));
  return platform?.staysInCall(url) ? platform.id : null;
}

/**
 * The call a tab is in at `href`, given what the background remembered of it: a URL that names a
 * meeting wins; a URL that names none keeps the remembered call while the tab stays on its
 * platform (Teams after joining); anywhere else the tab is in no call.
 */
export function tabCallAt(href: string | undefined, remembered: TabCall | undefined): TabCall | null {
  const named = parseMeetingUrl(href);
  if (named) return { platform: named.platform, meeting: named };
  return remembered && unnamedCallPlatform(href) === remembered.platform ? remembered : null;
}

/** A meeting for a call that no URL named, chosen as a new interview in the chooser. */
export function unnamedMeeting(platform: MeetingPlatform, href: string, id: string): MeetingIdentity {
  const code = `call-${id}`;
  return { platform, code, key: `${platform}:${code}`, url: new URL(href).origin };
}
