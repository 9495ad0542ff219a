import { meetUrl } from './meet-url';
import { teamsUrl } from './teams-url';
import { webexUrl } from './webex-url';
import { zoomUrl } from './zoom-url';

/** How each platform's URLs are read, in the order of PLATFORMS (index.ts, whose modules spread these). */
export const URL_RULES = [meetUrl, zoomUrl, teamsUrl, webexUrl] as const;
