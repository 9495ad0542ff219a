import type { PlatformUrlRules } from './platform';
import { PAGE_PATTERNS } from './page-patterns';

// Personal rooms: /meet/<name>; scheduled meetings: /<site>/j.php?MTID=<id>.
const PERSONAL_ROOM = /^\/meet\/([a-z0-9._-]+)\/?$/i;
const JOIN_PAGE = /^\/([a-z0-9-]+)\/j\.php$/i;
const MTID = /^m[0-9a-f]{8,}$/i;

/** Webex's URLs (<site>.webex.com). */
export const webexUrl = {
  id: 'webex',
  pagePatterns: PAGE_PATTERNS.webex,
  isHost: (hostname) => hostname.endsWith('.webex.com') && hostname.length > '.webex.com'.length,
  meetingOf(url) {
    const room = PERSONAL_ROOM.exec(url.pathname)?.[1]?.toLowerCase();
    if (room) return { code: `${url.hostname}/meet/${room}`, url: `https://${url.hostname}/meet/${room}` };
    const site = JOIN_PAGE.exec(url.pathname)?.[1];
    const id = url.searchParams.get('MTID');
    if (!site || !id || !MTID.test(id)) return null;
    return { code: `${url.hostname}/${id.toLowerCase()}`, url: `https://${url.hostname}/${site}/j.php?MTID=${id}` };
  },
  // Any page of the site but its home and dashboard may be the meeting after Webex rewrote the URL.
  staysInCall: (url) => url.pathname !== '/' && !/\/dashboard\b/.test(url.pathname),
} as const satisfies PlatformUrlRules<'webex'>;
