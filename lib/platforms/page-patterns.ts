/** The hosts of Microsoft Teams on the web. */
export const TEAMS_HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

/**
 * Where the content script runs, per platform (may be narrower than the hosts). Apart from the
 * rules (url-rules.ts), so the content script's matches carry no rule.
 */
export const PAGE_PATTERNS = {
  meet: ['https://meet.google.com/*'],
  zoom: ['https://*.zoom.us/wc/*'],
  teams: /* @__PURE__ */ TEAMS_HOSTS.map((host) => `https://${host}/*`),
  webex: ['https://*.webex.com/*'],
};

/** The content script's matches (read by WXT at build time; pure, so no bundle that leaves it unused carries it). */
export const MEETING_PAGE_PATTERNS = /* @__PURE__ */ Object.values(PAGE_PATTERNS).flat();
