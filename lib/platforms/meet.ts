import type { PlatformModule } from './platform';

// Meet codes look like abc-defg-hij; the landing page, /new and /_meet/... are not meetings.
const MEET_CODE = /^\/([a-z]{3,}-[a-z]{3,}-[a-z]{3,})\/?$/i;

/** Google Meet: the green room and the call share one /<code> URL; the controls are at the bottom. */
export const meet = {
  id: 'meet',
  name: 'Google Meet',
  hostPatterns: ['https://meet.google.com/*'],
  pagePatterns: ['https://meet.google.com/*'],
  isHost: (hostname) => hostname === 'meet.google.com',
  meetingOf(url) {
    const code = MEET_CODE.exec(url.pathname)?.[1]?.toLowerCase();
    return code ? { code, url: `https://meet.google.com/${code}` } : null;
  },
  // Meet keeps /<code> for the green room and the call; any other page is out of the call.
  staysInCall: () => false,
  controls: { edge: 'bottom', clearancePx: 96 },
  defaultDock: 'right',
  testHost: 'meet.google.com',
} as const satisfies PlatformModule<'meet'>;
