import { meetUrl } from './meet-url';
import type { PlatformModule } from './platform';

/** Google Meet: the controls are at the bottom. */
export const meet = {
  ...meetUrl,
  name: 'Google Meet',
  hostPatterns: ['https://meet.google.com/*'],
  controls: { edge: 'bottom', clearancePx: 96 },
  defaultDock: 'right',
  testHost: 'meet.google.com',
} as const satisfies PlatformModule<'meet'>;
