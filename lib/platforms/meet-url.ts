import type { PlatformUrlRules } from './platform';
import { PAGE_PATTERNS } from './page-patterns';

// Meet codes look like abc-defg-hij; the landing page, /new and /_meet/... are not meetings.
const MEET_CODE = /^\/([a-z]{3,}-[a-z]{3,}-[a-z]{3,})\/?$/i;

/** Google Meet's URLs: the green room and the call share one /<code> URL. */
export const meetUrl = {
  id: 'meet',
  pagePatterns: PAGE_PATTERNS.meet,
  isHost: (hostname) => hostname === 'meet.google.com',
  meetingOf(url) {
    const code = MEET_CODE.exec(url.pathname)?.[1]?.toLowerCase();
    return code ? { code, url: `https://meet.google.com/${code}` } : null;
  },
  // Meet keeps /<code> for the green room and the call; any other page is out of the call.
  staysInCall: () => false,
} as const satisfies PlatformUrlRules<'meet'>;
