import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createTabCalls } from './tab-calls';

const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x';
const IN_CALL = 'https://teams.microsoft.com/v2/';

describe("the background's memory of each tab's call", () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the meeting a tab joined in storage.session, so a new worker still knows it', async () => {
    expect(await createTabCalls().callOf(7, JOIN)).toEqual({ platform: 'teams', meeting: parseMeetingUrl(JOIN) });
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(['tabCall:7']);
    // A fresh instance, as after a service-worker restart: it reads the same storage.
    expect((await createTabCalls().callOf(7, IN_CALL))?.meeting?.key).toBe(parseMeetingUrl(JOIN)!.key);
    // Another tab at the same URL never joined anything.
    expect(await createTabCalls().callOf(8, IN_CALL)).toBeNull();
  });

  it('forgets the call when the tab leaves the platform, and does not bring it back', async () => {
    const calls = createTabCalls();
    await calls.callOf(7, JOIN);
    expect(await calls.callOf(7, 'https://example.com/')).toBeNull();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await calls.callOf(7, IN_CALL)).toBeNull();
  });

  it('marks a call the user asked for where nothing names the meeting (the chooser), once', async () => {
    const calls = createTabCalls();
    await calls.ask(9, IN_CALL, 'teams');
    expect(await calls.callOf(9, IN_CALL)).toEqual({ platform: 'teams', meeting: null });
    await calls.callOf(9, JOIN);
    // Asking again on a tab with a known meeting keeps that meeting.
    await calls.ask(9, IN_CALL, 'teams');
    expect((await calls.callOf(9, IN_CALL))?.meeting?.key).toBe(parseMeetingUrl(JOIN)!.key);
  });
});
