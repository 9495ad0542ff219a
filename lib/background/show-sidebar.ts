import { browser } from 'wxt/browser';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { readAppearance } from '../settings/appearance';
import { readLayout, updateLayout } from '../settings/sidebar-layout';

type SidePanelApi = { open(options: { tabId: number }): Promise<void> };
type SidebarActionApi = { open(): Promise<void>; toggle?(): Promise<void> };

/**
 * Shows the sidebar of a meeting tab where the user wants it: in the page (un-collapsing it, or
 * toggling when asked) or in the browser's own side panel. Must run inside the user's gesture
 * (toolbar click or shortcut): side panels refuse to open otherwise, so nothing is awaited first
 * on that path but the stored preference.
 */
export async function showSidebar(tabId: number, meeting: MeetingIdentity, mode: 'show' | 'toggle'): Promise<void> {
  const { surface } = await readAppearance();
  if (surface === 'side-panel') {
    const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
    const sidebarAction = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
    if (sidePanel) return sidePanel.open({ tabId });
    if (sidebarAction) return mode === 'toggle' && sidebarAction.toggle ? sidebarAction.toggle() : sidebarAction.open();
  }
  const { collapsed } = await readLayout(meeting.platform);
  await updateLayout(meeting.platform, { collapsed: mode === 'toggle' ? !collapsed : false });
}
