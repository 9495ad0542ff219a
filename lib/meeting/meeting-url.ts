export type MeetingPlatform = 'meet' | 'zoom';

/** Which call a tab is in. `key` identifies the interview session for that call. */
export interface MeetingIdentity {
  platform: MeetingPlatform;
  code: string;
  key: string;
  url: string;
}

// Meet codes look like abc-defg-hij; the landing page, /new and /_meet/... are not meetings.
const MEET_CODE = /^\/([a-z]{3,}-[a-z]{3,}-[a-z]{3,})\/?$/i;
// Zoom web client: /wc/<id>/join|start, /wc/join/<id>; not /wc/home or /wc/leave.
const ZOOM_ID_FIRST = /^\/wc\/(\d{6,})(?:\/(?:join|start))?\/?$/;
const ZOOM_ID_LAST = /^\/wc\/(?:join|start)\/(\d{6,})\/?$/;

function isZoomHost(hostname: string): boolean {
  return hostname === 'zoom.us' || hostname.endsWith('.zoom.us');
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

  if (url.hostname === 'meet.google.com') {
    const code = MEET_CODE.exec(url.pathname)?.[1]?.toLowerCase();
    return code ? identity('meet', code, `https://meet.google.com/${code}`) : null;
  }
  if (isZoomHost(url.hostname)) {
    const id = (ZOOM_ID_FIRST.exec(url.pathname) ?? ZOOM_ID_LAST.exec(url.pathname))?.[1];
    return id ? identity('zoom', id, `https://${url.hostname}/wc/${id}/join`) : null;
  }
  return null;
}

function identity(platform: MeetingPlatform, code: string, url: string): MeetingIdentity {
  return { platform, code, key: `${platform}:${code}`, url };
}
