import type { MeetingPlatform } from '@/lib/meeting/meeting-url';
import type { SidebarLayout } from '@/lib/settings/sidebar-layout';
import { readLayout, watchLayout } from '@/lib/settings/sidebar-layout-lazy';
import { useBootPrefs } from './use-boot-prefs';
import { useStoredSetting } from './use-stored-setting';

/** The in-page layout of a platform (collapsed, dock, width, compact), kept current. */
export function useSidebarLayout(platform: MeetingPlatform): SidebarLayout | undefined {
  return useStoredSetting(
    () => readLayout(platform),
    (onChange) => watchLayout(platform, onChange),
    [platform],
    useBootPrefs().layout,
  );
}
