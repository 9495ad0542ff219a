import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { readLayout, updateLayout } from '../settings/sidebar-layout-store';
import { recordTabMessages, settle } from './browser-glue.test-support';
import { createSidebarOpener } from './sidebar-opener';
import { createTabCalls } from './tab-calls';
import { onToolbarClick } from './toolbar-action';

const MEET = 'https://meet.google.com/abc-defg-hij';
const TEAMS_IN_CALL = 'https://teams.microsoft.com/v2/';

let tabMessages: ReturnType<typeof recordTabMessages>;
beforeEach(() => {
  fakeBrowser.reset();
  tabMessages = recordTabMessages();
});

async function click(tab: Partial<Browser.tabs.Tab>) {
  const opener = createSidebarOpener();
  await settle();
  await onToolbarClick(tab as Browser.tabs.Tab, opener, createTabCalls());
}
const openedTabs = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);

describe('the toolbar button', () => {
  it('on a web page opens the kit library offering to import that page, without reading it', async () => {
    await click({ id: 5, url: 'https://en.wikipedia.org/wiki/REST' });
    expect(await openedTabs()).toEqual([`chrome-extension://${fakeBrowser.runtime.id}/dashboard.html#kits?page=5`]);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it("on the browser's own pages opens the dashboard with nothing to import", async () => {
    await click({ id: 5, url: 'chrome://settings/' });
    await click({ id: 6, url: 'https://chromewebstore.google.com/detail/x' });
    await click({ url: 'https://example.com/' });
    expect(await openedTabs()).toEqual(Array(3).fill(`chrome-extension://${fakeBrowser.runtime.id}/dashboard.html`));
  });

  it('on a call shows the hidden sidebar and remembers the meeting the tab is in', async () => {
    await updateLayout('meet', { collapsed: true });
    await click({ id: 4, url: MEET });
    expect((await readLayout('meet')).collapsed).toBe(false);
    expect(await fakeBrowser.storage.session.get()).toEqual({ 'tabCall:4': { platform: 'meet', meeting: parseMeetingUrl(MEET) } });
    expect(await openedTabs()).toEqual([]);
    // The content script mounts by itself on a URL that names the meeting.
    expect(tabMessages).toEqual([]);
  });

  it('on a call whose URL names no meeting, gives the tab the chooser and tells its content script to mount', async () => {
    await click({ id: 8, url: TEAMS_IN_CALL });
    expect(await fakeBrowser.storage.session.get()).toEqual({ 'tabCall:8': { platform: 'teams', meeting: null } });
    expect(tabMessages).toEqual([[8, 'locationChanged', 0]]);
    expect(await openedTabs()).toEqual([]);
  });

  it('still remembers the chooser when the tab has no content script to tell', async () => {
    tabMessages = recordTabMessages(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await click({ id: 8, url: TEAMS_IN_CALL });
    expect(await fakeBrowser.storage.session.get()).toEqual({ 'tabCall:8': { platform: 'teams', meeting: null } });
  });
});
