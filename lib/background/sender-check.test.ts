import { describe, expect, it, vi } from 'vitest';
import { createRefusalLog, isExtensionPage, isSidebarFrame, RefusedSenderError } from './sender-check';

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
    // Our origin's URL with another id, our id under another scheme, a URL that does not parse.
    [{ id: 'another-extension', url: `${ORIGIN}dashboard.html` }, false],
    [{ id: ID, url: `https://${ID}/dashboard.html` }, false],
    [{ id: ID, url: 'not a url' }, false],
  ])('%j → %s', (sender, allowed) => {
    expect(isExtensionPage(sender, ID, ORIGIN)).toBe(allowed);
  });

  it('never matches an origin without a host', () => {
    expect(isExtensionPage({ id: ID, url: 'file:///sidebar.html' }, ID, 'file:///')).toBe(false);
  });

  it('refuses with an error that names the request', () => {
    const error = new RefusedSenderError('exports.createBackup');
    expect(error.message).toBe("Refused: exports.createBackup is answered only to the extension's own pages.");
    expect(error.name).toBe('RefusedSenderError');
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
    refuse('createBackup', undefined);
    refuse('createBackup', { url: 'not a url' });
    expect(log.mock.calls).toEqual([
      ['Interview Sidebar refused createBackup from https://meet.google.com.'],
      ['Interview Sidebar refused restoreBackup from https://meet.google.com.'],
      ['Interview Sidebar refused createBackup from an unknown sender.'],
    ]);
  });
});
