import type { Browser } from 'wxt/browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { openPageImport } from './kit-import-menu';
import type { SidebarOpener } from './sidebar-opener';

/**
 * The toolbar button: on a call it shows the sidebar; anywhere else it opens the dashboard, which
 * on a web page offers to import that page as a kit (read only if the user says so).
 * (When the side panel is the preference, Chromium opens the panel itself and this never runs.)
 */
export async function onToolbarClick(tab: Browser.tabs.Tab, opener: SidebarOpener): Promise<void> {
  const meeting = parseMeetingUrl(tab.url);
  if (meeting && tab.id !== undefined) return opener.show(tab.id, meeting, 'show');
  await openPageImport(tab, false);
}
