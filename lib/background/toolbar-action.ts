import { browser, type Browser } from 'wxt/browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { showSidebar } from './show-sidebar';

/** The toolbar button: on a call it shows the sidebar; anywhere else it opens the dashboard. */
export async function onToolbarClick(tab: Browser.tabs.Tab): Promise<void> {
  const meeting = parseMeetingUrl(tab.url);
  if (meeting && tab.id !== undefined) return showSidebar(tab.id, meeting, 'show');
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
