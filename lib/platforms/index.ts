import { meet } from './meet';
import type { PlatformModule } from './platform';
import { teams } from './teams';
import { webex } from './webex';
import { zoom } from './zoom';
import { listWithOr } from '../text/group-digits';

/** Every meeting platform, in the order the UI names them. The one list everything derives from. */
export const PLATFORMS = [meet, zoom, teams, webex] as const satisfies readonly PlatformModule[];

export type MeetingPlatform = (typeof PLATFORMS)[number]['id'];
export const PLATFORM_IDS = PLATFORMS.map((p) => p.id) as [MeetingPlatform, ...MeetingPlatform[]];

export function platformOf(id: MeetingPlatform): PlatformModule<MeetingPlatform> {
  return PLATFORMS.find((p) => p.id === id)!;
}

export const platformName = (id: MeetingPlatform): string => platformOf(id).name;

/** "Google Meet, Zoom, Microsoft Teams, or Webex", for messages that name every platform. */
export const PLATFORM_LIST = listWithOr(PLATFORMS.map((p) => p.name));

/** Host permissions and web-accessible-resource matches. */
export const MEETING_HOST_PATTERNS = PLATFORMS.flatMap((p) => p.hostPatterns);
export { URL_RULES } from './url-rules';
export { MEETING_PAGE_PATTERNS } from './page-patterns';
