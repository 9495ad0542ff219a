import type { Browser } from 'wxt/browser';
import { openPageImport } from './kit-import-menu';
import { callPlatformOf } from './browser-commands';
import type { SidebarOpener } from './sidebar-opener';
import type { TabCalls } from './tab-calls';

/**
 * The toolbar button: on a call it shows the sidebar (with the chooser on a call whose URL names
 * no meeting the tab joined); anywhere else it opens the dashboard, which on a web page offers to
 * import that page as a kit (read only if the user says so).
 * (When the side panel is the preference, Chromium opens the panel itself and this never runs.)
 */
export async function onToolbarClick(tab: Browser.tabs.Tab, opener: SidebarOpener, tabCalls: TabCalls): Promise<void> {
  const platform = callPlatformOf(tab.url);
  if (!platform || tab.id === undefined) return openPageImport(tab, false);
  // The panel first: it opens only inside the click's gesture, which an await ends.
  const shown = opener.show(tab.id, platform, 'show');
  await tabCalls.ask(tab.id, tab.url, platform);
  await shown;
}
