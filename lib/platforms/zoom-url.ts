import type { PlatformUrlRules } from './platform';
import { PAGE_PATTERNS } from './page-patterns';

// Zoom web client: /wc/<id>/join|start, /wc/join/<id>; not /wc/home or /wc/leave.
const ID_FIRST = /^\/wc\/(\d{6,})(?:\/(?:join|start))?\/?$/;
const ID_LAST = /^\/wc\/(?:join|start)\/(\d{6,})\/?$/;

/** Zoom's web client URLs (app.zoom.us and the usNNweb / company subdomains). */
export const zoomUrl = {
  id: 'zoom',
  pagePatterns: PAGE_PATTERNS.zoom,
  isHost: (hostname) => hostname === 'zoom.us' || hostname.endsWith('.zoom.us'),
  meetingOf(url) {
    const id = (ID_FIRST.exec(url.pathname) ?? ID_LAST.exec(url.pathname))?.[1];
    return id ? { code: id, url: `https://${url.hostname}/wc/${id}/join` } : null;
  },
  // The web client may move within /wc/ during a call; its home and leave pages are no call.
  staysInCall: (url) => url.pathname.startsWith('/wc/') && !/^\/wc\/(?:home|leave)\b/.test(url.pathname),
} as const satisfies PlatformUrlRules<'zoom'>;
