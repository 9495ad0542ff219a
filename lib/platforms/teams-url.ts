import { PAGE_PATTERNS, TEAMS_HOSTS } from './page-patterns';
import type { PlatformUrlRules } from './platform';

// Work accounts: /l/meetup-join/<thread>/<n>, also behind the web app's hash (/_#/l/meetup-join/...).
const MEETUP_JOIN = /^\/l\/meetup-join\/([^/?#]+)\/(\d+)\/?$/;
// Personal accounts: teams.live.com/meet/<digits>?p=<passcode>.
const LIVE_MEET = /^\/meet\/(\d{6,})\/?$/;

function joinPath(url: URL): string {
  // The web app routes inside the hash: https://teams.microsoft.com/_#/l/meetup-join/...
  return MEETUP_JOIN.test(url.pathname) || !url.hash.startsWith('#/') ? url.pathname : url.hash.slice(1).split('?')[0]!;
}

// The thread id is sent encoded (19%3ameeting_...%40thread.v2) or not: one meeting, one code.
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Microsoft Teams' URLs: once in the call the URL may no longer name the meeting (the background
 * then remembers the meeting the tab joined: lib/background/tab-calls.ts).
 */
export const teamsUrl = {
  id: 'teams',
  pagePatterns: PAGE_PATTERNS.teams,
  isHost: (hostname) => TEAMS_HOSTS.includes(hostname),
  meetingOf(url) {
    const path = joinPath(url);
    const thread = MEETUP_JOIN.exec(path);
    if (thread) {
      const code = `${safeDecode(thread[1]!)}/${thread[2]}`;
      return { code, url: `https://${url.hostname}/l/meetup-join/${thread[1]}/${thread[2]}` };
    }
    const id = url.hostname === 'teams.live.com' ? LIVE_MEET.exec(url.pathname)?.[1] : undefined;
    return id ? { code: id, url: `https://teams.live.com/meet/${id}` } : null;
  },
  // After joining, the URL is the web app's own (e.g. /v2/), like its home page: only memory tells.
  staysInCall: () => true,
} as const satisfies PlatformUrlRules<'teams'>;
