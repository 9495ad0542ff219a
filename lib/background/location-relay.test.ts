import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MEETING_PAGE_PATTERNS } from '../platforms';
import { recordTabMessages } from './browser-glue.test-support';
import { relayLocationChanges } from './location-relay';

beforeEach(() => fakeBrowser.reset());

describe('telling the content script its tab moved (Firefox without the Navigation API)', () => {
  it("listens to meeting pages' URL changes only, and tells the tab's top frame of each", async () => {
    const addListener = vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener');
    const tabMessages = recordTabMessages();
    relayLocationChanges();
    expect(addListener.mock.calls[0]?.[1]).toEqual({ urls: MEETING_PAGE_PATTERNS, properties: ['url'] });

    const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/landing' });
    await fakeBrowser.tabs.update(tab.id, { muted: true });
    expect(tabMessages).toEqual([]);
    await fakeBrowser.tabs.update(tab.id, { url: 'https://meet.google.com/abc-defg-hij' });
    expect(tabMessages).toEqual([[tab.id, 'locationChanged', 0]]);
  });

  it('a tab whose content script is not there yet is no error', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    recordTabMessages(() => Promise.reject(new Error('Receiving end does not exist.')));
    relayLocationChanges();
    const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/landing' });
    await fakeBrowser.tabs.update(tab.id, { url: 'https://meet.google.com/abc-defg-hij' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
