import type { PlatformModule } from './platform';
import { webexUrl } from './webex-url';

/** Webex on the web: the meeting runs in iframe#unified-webclient-iframe; controls at the bottom. */
export const webex = {
  ...webexUrl,
  name: 'Webex',
  hostPatterns: ['https://*.webex.com/*'],
  // Webex's control bar (Mute, Start video, Share, ..., Leave) is a bar along the bottom.
  controls: { edge: 'bottom', clearancePx: 88 },
  defaultDock: 'right',
  testHost: 'acme.webex.com',
} as const satisfies PlatformModule<'webex'>;
