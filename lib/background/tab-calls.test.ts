import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { TAB_CALL_QUERY } from '../messaging/tab-protocol';
import { answerTabCallQueries, createTabCalls } from './tab-calls';
import { updateAppearance } from '../settings/appearance';
import { DEFAULT_LAYOUT } from '../settings/sidebar-layout';
import { updateLayout } from '../settings/sidebar-layout-store';

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

describe("the memory's writes", () => {
  it('writes only when the call changes: each storage write wakes every open page of the extension', async () => {
    let stored: Record<string, unknown> = {};
    const writes: string[] = [];
    const area = {
      get: async (key: string) => ({ [key]: stored[key] }),
      set: async (items: Record<string, unknown>) =>
        void (writes.push(`set ${Object.keys(items).join()}`), (stored = { ...stored, ...items })),
      remove: async (key: string) => void (writes.push(`remove ${key}`), delete stored[key]),
    };
    const calls = createTabCalls(area as never);
    await calls.callOf(7, JOIN);
    await calls.callOf(7, JOIN);
    await calls.callOf(7, IN_CALL);
    await calls.callOf(8, 'https://example.com/');
    expect(writes).toEqual(['set tabCall:7']);
    await calls.callOf(7, 'https://example.com/');
    expect(writes).toEqual(['set tabCall:7', 'remove tabCall:7']);
  });
});

describe("the content script's question: is my tab in a call?", () => {
  beforeEach(() => fakeBrowser.reset());

  const OWN_ID = fakeBrowser.runtime.id;
  const ask = async (sender: object, message: unknown = { [TAB_CALL_QUERY]: true }) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];
  const topFrameOf = (tab: { id: number; url: string }) => ({ id: OWN_ID, url: tab.url, tab, frameId: 0 });

  it("answers with the call the tab joined, or the chooser's key, or null, from the browser's record of the tab", async () => {
    const calls = createTabCalls();
    answerTabCallQueries(calls);
    await calls.callOf(7, JOIN);
    // With where the frame goes: Teams' own dock side (clear of its top bar), how a call starts.
    const teamsStart = { platform: 'teams', layout: { ...DEFAULT_LAYOUT, dock: 'left' }, callStart: 'open' };
    expect(await ask(topFrameOf({ id: 7, url: IN_CALL }))).toEqual({ key: parseMeetingUrl(JOIN)!.key, dock: teamsStart });
    await calls.ask(9, IN_CALL, 'teams');
    expect(await ask(topFrameOf({ id: 9, url: IN_CALL }))).toEqual({ key: 'choose:teams', dock: teamsStart });
    expect(await ask(topFrameOf({ id: 10, url: IN_CALL }))).toBeNull();
  });

  it('gives the layout and call start as stored now, so the frame is placed as the user left it', async () => {
    const calls = createTabCalls();
    answerTabCallQueries(calls);
    await calls.callOf(7, JOIN);
    await updateLayout('teams', { collapsed: true, width: 500, compact: true });
    await updateAppearance({ callStart: 'handle' });
    expect(await ask(topFrameOf({ id: 7, url: IN_CALL }))).toMatchObject({
      dock: {
        platform: 'teams',
        layout: { dock: 'left', collapsed: true, width: 500, compact: true, mode: 'beside' },
        callStart: 'handle',
      },
    });
  });

  it('leaves other messages, other extensions, frames and pages without a tab unanswered', async () => {
    const calls = createTabCalls();
    answerTabCallQueries(calls);
    await calls.callOf(7, JOIN);
    const tab = { id: 7, url: IN_CALL };
    expect(await ask(topFrameOf(tab), { type: 'openTabInterview' })).toBeUndefined();
    expect(await ask(topFrameOf(tab), null)).toBeUndefined();
    expect(await ask(topFrameOf(tab), 'interview-sidebar:tab-call')).toBeUndefined();
    expect(await ask({ ...topFrameOf(tab), id: 'another-extension' })).toBeUndefined();
    expect(await ask({ ...topFrameOf(tab), frameId: 2 })).toBeUndefined();
    expect(await ask({ id: OWN_ID, url: fakeBrowser.runtime.getURL('/dashboard.html'), frameId: 0 })).toBeUndefined();
  });
});
