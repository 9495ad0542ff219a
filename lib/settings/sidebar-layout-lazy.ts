import type { MeetingPlatform } from '../platforms';
import type { SidebarLayout } from './sidebar-layout';

// The sidebar frame's way to the layout store (lib/settings/sidebar-layout-store.ts), loaded on
// first use: its first screen is placed and drawn from the layout its boot answer brought, so the
// storage library is not part of that screen's code.
const store = () => import('./sidebar-layout-store');

export const readLayout = (platform: MeetingPlatform): Promise<SidebarLayout> => store().then((s) => s.readLayout(platform));

export const updateLayout = (platform: MeetingPlatform, change: Partial<SidebarLayout>): Promise<void> =>
  store().then((s) => s.updateLayout(platform, change));

/** As the store's watchLayout, from once the store is loaded; it then reads the layout once, to catch up. */
export function watchLayout(platform: MeetingPlatform, onChange: (layout: SidebarLayout) => void): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void store().then((s) => {
    if (stopped) return;
    stop = s.watchLayout(platform, onChange);
    void s.readLayout(platform).then((layout) => !stopped && onChange(layout));
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
