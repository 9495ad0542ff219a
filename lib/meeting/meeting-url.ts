import type { MeetingPlatform } from '../platforms';
import { URL_RULES } from '../platforms/url-rules';

export type { MeetingPlatform } from '../platforms';

/** Which call a tab is in. `key` identifies the interview session for that call. */
export interface MeetingIdentity {
  platform: MeetingPlatform;
  code: string;
  key: string;
  url: string;
}

/** Parses a tab URL into the meeting it shows, or null when the page is not a call. */
export function parseMeetingUrl(href: string | undefined): MeetingIdentity | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const platform = URL_RULES.find((p) => p.isHost(url.hostname));
  const meeting = platform?.meetingOf(url);
  if (!platform || !meeting) return null;
  return { platform: platform.id, code: meeting.code, key: `${platform.id}:${meeting.code}`, url: meeting.url };
}
