import { browser } from 'wxt/browser';
import type { MeetingPlatform } from '../platforms';
import { readAppearance, watchAppearance, type SidebarSurface } from '../settings/appearance';
import { readLayout, updateLayout } from '../settings/sidebar-layout-store';

/** Firefox's sidebar, which Chrome's types do not declare. */
type SidebarActionApi = { open(): Promise<void>; toggle?(): Promise<void> };

// Each exists in one browser family only (Chromium has sidePanel, Firefox sidebarAction): undefined in the other.
const sidePanel = (): typeof browser.sidePanel | undefined => browser.sidePanel;
const sidebarAction = () => (browser as { sidebarAction?: SidebarActionApi }).sidebarAction;

/**
 * Shows a meeting tab's sidebar where the user wants it: in the page, or in the browser's side
 * panel. Side panels open only inside the user's gesture, and any await ends the gesture, so the
 * preference is kept in memory (read at start, updated on change) and the panel is opened first
 * thing. On Chromium the toolbar button opens the panel by itself when that is the preference.
 */
export function createSidebarOpener() {
  let surface: SidebarSurface | undefined;
  const remember = (next: SidebarSurface) => {
    surface = next;
    void sidePanel()?.setPanelBehavior({ openPanelOnActionClick: next === 'side-panel' });
  };
  void readAppearance().then((a) => surface ?? remember(a.surface));
  watchAppearance((a) => remember(a.surface));

  return {
    /** Returns at once after starting a side panel; the in-page way may take its time. */
    show(tabId: number, platform: MeetingPlatform, mode: 'show' | 'toggle'): Promise<void> {
      if (surface === 'side-panel') {
        const panel = sidePanel();
        if (panel) return panel.open({ tabId });
        const action = sidebarAction();
        if (action) return mode === 'toggle' && action.toggle ? action.toggle() : action.open();
      }
      return readLayout(platform).then(({ collapsed }) => updateLayout(platform, { collapsed: mode === 'toggle' ? !collapsed : false }));
    },
  };
}

export type SidebarOpener = ReturnType<typeof createSidebarOpener>;
