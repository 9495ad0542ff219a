import type { PlatformModule } from './platform';
import { zoomUrl } from './zoom-url';

/** Zoom's web client; controls at the bottom. */
export const zoom = {
  ...zoomUrl,
  name: 'Zoom',
  hostPatterns: ['https://*.zoom.us/*'],
  controls: { edge: 'bottom', clearancePx: 96 },
  defaultDock: 'right',
  testHost: 'app.zoom.us',
} as const satisfies PlatformModule<'zoom'>;
