import { describe, expect, it, vi } from 'vitest';
import { createRefusalLog, isExtensionPage, isSidebarFrame } from './sender-check';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who may reach the data', () => {
  it.each([
    [{ id: ID, url: `${ORIGIN}dashboard.html#kits` }, true],
    [{ id: ID, url: `${ORIGIN}sidebar.html`, tab: { id: 3, url: 'https://meet.google.com/abc-defg-hij' } }, true],
    // The content script: the extension's id, but the meeting page's URL.
    [{ id: ID, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 3 } }, false],
    [{ id: 'another-extension', url: `chrome-extension://another-extension/page.html` }, false],
    [{ id: ID, url: `chrome-extension://${ID}x/sidebar.html` }, false],
    [{ id: ID }, false],
    [undefined, false],
  ])('%j → %s', (sender, allowed) => {
    expect(isExtensionPage(sender, ID, ORIGIN)).toBe(allowed);
  });

  it("asks for the tab's interview only from sidebar.html in a tab", () => {
    expect(isSidebarFrame({ id: ID, url: `${ORIGIN}sidebar.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe(true);
    expect(isSidebarFrame({ id: ID, url: `${ORIGIN}sidebar.html` }, ID, ORIGIN)).toBe(false);
    expect(isSidebarFrame({ id: ID, url: `${ORIGIN}dashboard.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isSidebarFrame({ id: ID, url: 'https://meet.google.com/x', tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
  });

  it('logs a refusal once per origin and request', () => {
    const log = vi.fn();
    const refuse = createRefusalLog(log);
    refuse('createBackup', { url: 'https://meet.google.com/a' });
    refuse('createBackup', { url: 'https://meet.google.com/b' });
    refuse('restoreBackup', { url: 'https://meet.google.com/a' });
    expect(log.mock.calls).toEqual([
      ['Interview Sidebar refused createBackup from https://meet.google.com.'],
      ['Interview Sidebar refused restoreBackup from https://meet.google.com.'],
    ]);
  });
});
