import type { PlatformModule } from './platform';
import { TEAMS_HOSTS } from './page-patterns';
import { teamsUrl } from './teams-url';

/** Microsoft Teams on the web: the meeting UI is in the top document, its call controls are at the top of the window. */
export const teams = {
  ...teamsUrl,
  name: 'Microsoft Teams',
  hostPatterns: TEAMS_HOSTS.map((host) => `https://${host}/*`),
  // Teams' meeting bar (Chat, People, React, View, Camera, Mic, Share, Leave) runs along the top.
  controls: { edge: 'top', clearancePx: 64 },
  // Teams opens its own chat and people panels at the right: the sidebar keeps to the left.
  defaultDock: 'left',
  testHost: 'teams.microsoft.com',
} as const satisfies PlatformModule<'teams'>;
