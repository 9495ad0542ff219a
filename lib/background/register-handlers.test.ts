import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { NOT_YET_AN_INTERVIEW } from '../interviews/not-yet-an-interview';
import { parseMeetingUrl } from '../meeting/meeting-url';
import type { OpenTabInterviewResult } from '../messaging/protocol';
import { createBackgroundService, type BackgroundService } from './background-service';
import { createFrameSecrets } from './frame-secrets';
import { registerMessageHandlers } from './register-handlers';
import type { SenderInfo } from './sender-check';
import { createTabCalls } from './tab-calls';

const MEET = 'https://meet.google.com/abc-defg-hij';
const TEAMS_IN_CALL = 'https://teams.microsoft.com/v2/';
const ZOOM = 'https://us05web.zoom.us/wc/123456789/join';
const PAGE = (path: string) => fakeBrowser.runtime.getURL(path);
const OWN_ID = fakeBrowser.runtime.id;
/** The secret the content scripts of tabs 4 and 6 registered for their frames (lib/background/frame-secrets.ts). */
const SECRET = crypto.randomUUID();
// A short wait for late registrations: a refusal here waits it out (the wait is tested in frame-secrets.test.ts).
const frameSecrets = createFrameSecrets(undefined, 50);

const senders = {
  sidebarIn: (tab: { id: number; url: string }): SenderInfo => ({ id: OWN_ID, url: PAGE('/sidebar.html'), tab }),
  contentScriptOf: (tab: { id: number; url: string }): SenderInfo => ({ id: OWN_ID, url: tab.url, tab }),
  dashboard: { id: OWN_ID, url: PAGE('/dashboard.html#interviews') } as SenderInfo,
  sidePanel: { id: OWN_ID, url: PAGE('/sidepanel.html') } as SenderInfo,
};

/**
 * One message through the browser's runtime messaging, as lib/messaging/extension-messaging.ts
 * sends it, from `sender` as the browser records it. Answers with what the sender would receive:
 * the value, or the error as it travels (its message).
 */
type Answer = { res?: unknown; err?: { message: string } };
function send(type: string, data: unknown, sender: SenderInfo): Promise<Answer> {
  // The browser's listener signature (message, sender, sendResponse); the fake's types declare two.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise<Answer>((sendResponse) => void trigger({ type, data }, sender, sendResponse));
}
const value = async <T = unknown>(type: string, data: unknown, sender: SenderInfo): Promise<T> => {
  const { res, err } = await send(type, data, sender);
  if (err) throw new Error(err.message);
  return res as T;
};

let db: InterviewDatabase;
let service: BackgroundService;
let servicesMade = 0;
let noDatabaseYet = false;
let ready: () => Promise<void> = async () => {};
const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

// The messaging module takes one handler per message type for the module's life: registered once.
beforeAll(() => {
  registerMessageHandlers(
    () => (servicesMade++, service),
    createTabCalls(),
    frameSecrets,
    () => noDatabaseYet,
    () => ready(),
  );
});
beforeEach(async () => {
  db = openInterviewDatabase(`handlers-${crypto.randomUUID()}`);
  service = createBackgroundService(db);
  servicesMade = 0;
  noDatabaseYet = false;
  ready = async () => {};
  fakeBrowser.storage.resetState();
  fakeBrowser.tabs.resetState();
  await frameSecrets.register(4, SECRET);
  await frameSecrets.register(6, SECRET);
  warn.mockClear();
});
afterEach(() => db.delete());

const openTab = async (url: string) => (await fakeBrowser.tabs.create({ url })) as { id: number; url: string };

describe('who the background answers', () => {
  it("refuses a meeting page's content script with an error naming the request, logs it once, and changes nothing", async () => {
    const session = await service.meetings.openInterview(parseMeetingUrl(MEET)!);
    const contentScript = senders.contentScriptOf({ id: 4, url: MEET });
    const deleteIt = { service: 'removal', method: 'deleteInterviews', args: [[session.id]] };

    for (let i = 0; i < 2; i++) {
      expect((await send('request', deleteIt, contentScript)).err).toEqual({
        message: "Refused: removal.deleteInterviews is answered only to the extension's own pages.",
      });
    }
    expect(warn.mock.calls).toEqual([['Interview Sidebar refused removal.deleteInterviews from https://meet.google.com.']]);
    expect(await db.sessions.get(session.id)).toBeDefined();
  });

  it.each(['delete everything', null])('names a request that is not one (%j) as such', async (request) => {
    const { err } = await send('request', request, senders.contentScriptOf({ id: 4, url: MEET }));
    expect(err?.message).toBe("Refused: a request is answered only to the extension's own pages.");
  });

  it.each([
    ['openTabInterview', undefined, senders.contentScriptOf({ id: 4, url: MEET })],
    // The tab's own interview is only for the sidebar frame inside that tab, not a page without a tab.
    ['openTabInterview', undefined, senders.dashboard],
    ['openInterviewForTab', 4, senders.contentScriptOf({ id: 4, url: MEET })],
    ['chooseTabInterview', { sessionId: null }, senders.dashboard],
    ['chooseTabInterview', { sessionId: null, tabId: 4 }, senders.contentScriptOf({ id: 4, url: MEET })],
    ['firstAction', { call: { service: 'interviews', method: 'setRating', args: [] } }, senders.sidePanel],
    [
      'firstAction',
      { call: { service: 'interviews', method: 'setRating', args: [] }, tabId: 4 },
      senders.contentScriptOf({ id: 4, url: MEET }),
    ],
    ['browserCommands', undefined, senders.contentScriptOf({ id: 4, url: MEET })],
  ])('refuses %s from a sender it is not for (%j)', async (type, data, sender) => {
    const { err } = await send(type, data, sender);
    expect(err).toEqual({ message: `Refused: ${type} is answered only to the extension's own pages.` });
    expect(await db.sessions.count()).toBe(0);
  });
});

describe("the sidebar's first screen", () => {
  it("opens the sender tab's call: the meeting's stand-in interview with the platform's layout, before anything is written", async () => {
    const answer = await value<OpenTabInterviewResult>('openTabInterview', SECRET, senders.sidebarIn({ id: 4, url: MEET }));
    expect(answer).toMatchObject({
      status: 'ready',
      session: { id: NOT_YET_AN_INTERVIEW, meetingKey: parseMeetingUrl(MEET)!.key },
      layout: { dock: 'right', collapsed: false },
      appearance: { surface: 'page' },
    });
    expect(await db.sessions.count()).toBe(0);
  });

  it('refuses a sidebar frame without the secret its tab registered (a frame the page made): a plain refusal, nothing written', async () => {
    const meet = senders.sidebarIn({ id: 4, url: MEET });
    for (const secret of [undefined, crypto.randomUUID(), `${SECRET} `]) {
      expect(await value('openTabInterview', secret, meet)).toEqual({
        status: 'refused',
        message: 'Refused: this sidebar frame was not inserted by the extension on this tab.',
      });
    }
    // Another tab's secret does not open this tab's call.
    await frameSecrets.register(5, crypto.randomUUID());
    expect(await value('openTabInterview', SECRET, senders.sidebarIn({ id: 5, url: MEET }))).toMatchObject({ status: 'refused' });
    expect(servicesMade).toBe(0);
  });

  it('answers a tab on another site as not a meeting, without making the service (or opening the database)', async () => {
    const answer = await value('openTabInterview', SECRET, senders.sidebarIn({ id: 4, url: 'https://example.com/' }));
    expect(answer).toEqual({ status: 'not-a-meeting' });
    expect(servicesMade).toBe(0);
  });

  it('right after installing, boots from the code without making the service', async () => {
    noDatabaseYet = true;
    const answer = await value<OpenTabInterviewResult>('openTabInterview', SECRET, senders.sidebarIn({ id: 4, url: MEET }));
    expect(answer).toMatchObject({ status: 'ready', session: { meetingKey: parseMeetingUrl(MEET)!.key } });
    expect(servicesMade).toBe(0);
  });

  it("the side panel's tab is read from the browser, not from the message", async () => {
    const tab = await openTab(ZOOM);
    const answer = await value<OpenTabInterviewResult>('openInterviewForTab', tab.id, senders.sidePanel);
    expect(answer).toMatchObject({ status: 'ready', session: { meetingKey: parseMeetingUrl(ZOOM)!.key, platform: 'zoom' } });
  });
});

describe('the chooser, on a call whose URL names no meeting', () => {
  it('lists the recent interviews, and New gives the tab a meeting of its own that it keeps', async () => {
    await service.meetings.openInterview({ ...parseMeetingUrl(MEET)!, platform: 'teams', key: 'teams:earlier' });
    const sidebar = senders.sidebarIn({ id: 6, url: TEAMS_IN_CALL });
    await createTabCalls().ask(6, TEAMS_IN_CALL, 'teams');

    const choosing = await value<OpenTabInterviewResult>('openTabInterview', SECRET, sidebar);
    expect(choosing).toMatchObject({ status: 'choose', platform: 'teams', recent: [{ candidateName: '' }] });

    const chosen = await value<OpenTabInterviewResult>('chooseTabInterview', { sessionId: null }, sidebar);
    expect(chosen.status).toBe('ready');
    const key = chosen.status === 'ready' ? chosen.session.meetingKey : '';
    expect(key).toMatch(/^teams:call-[0-9a-f-]{36}$/);
    // Reopened (a reload, a new worker): the same meeting, not the chooser.
    const reopened = await value<OpenTabInterviewResult>('openTabInterview', SECRET, sidebar);
    expect(reopened).toMatchObject({ status: 'ready', session: { meetingKey: key } });
  });

  it("resumes a chosen interview on its own meeting, but never another platform's", async () => {
    const teams = await service.meetings.openInterview({
      platform: 'teams',
      code: 'x',
      key: 'teams:earlier',
      url: 'https://teams.microsoft.com',
    });
    const zoom = await service.meetings.openInterview(parseMeetingUrl(ZOOM)!);
    const tab = await openTab(TEAMS_IN_CALL);
    await createTabCalls().ask(tab.id, TEAMS_IN_CALL, 'teams');

    const notResumed = await value<OpenTabInterviewResult>('chooseTabInterview', { sessionId: zoom.id, tabId: tab.id }, senders.sidePanel);
    expect(notResumed).toMatchObject({ status: 'choose', platform: 'teams' });

    const resumed = await value<OpenTabInterviewResult>('chooseTabInterview', { sessionId: teams.id, tabId: tab.id }, senders.sidePanel);
    expect(resumed).toMatchObject({ status: 'ready', session: { id: teams.id } });
    expect(await value('openInterviewForTab', tab.id, senders.sidePanel)).toMatchObject({ session: { id: teams.id } });
  });

  it('answers a tab that closed meanwhile, or left the call, as not a meeting and remembers nothing', async () => {
    expect(await value('chooseTabInterview', { sessionId: null, tabId: 99 }, senders.sidePanel)).toEqual({ status: 'not-a-meeting' });
    const elsewhere = await openTab('https://example.com/');
    expect(await value('chooseTabInterview', { sessionId: null, tabId: elsewhere.id }, senders.sidePanel)).toEqual({
      status: 'not-a-meeting',
    });
    // Nothing but the frame secrets the content scripts of tabs 4 and 6 registered.
    expect(Object.keys(await fakeBrowser.storage.session.get()).sort()).toEqual(['frameSecret:4', 'frameSecret:6']);
  });
});

describe('the first action in a call', () => {
  const rate = (questionId: string) => ({ service: 'interviews', method: 'setRating', args: [NOT_YET_AN_INTERVIEW, questionId, 'yes'] });

  it("creates the interview of the sender's own tab", async () => {
    const { session } = await service.meetings.bootInterview(parseMeetingUrl(MEET)!);
    await value('firstAction', { call: rate(session.kit.questions[0]!.id) }, senders.sidebarIn({ id: 4, url: MEET }));
    const [created] = await db.sessions.toArray();
    expect(created?.meetingKey).toBe(parseMeetingUrl(MEET)!.key);
    expect((await db.notes.toArray()).map((n) => n.rating)).toEqual(['yes']);
  });

  it("creates the interview of the side panel's tab, read from the browser", async () => {
    const tab = await openTab(ZOOM);
    const { session } = await service.meetings.bootInterview(parseMeetingUrl(ZOOM)!);
    await value('firstAction', { call: rate(session.kit.questions[0]!.id), tabId: String(tab.id) }, senders.sidePanel);
    expect((await db.sessions.toArray()).map((s) => s.meetingKey)).toEqual([parseMeetingUrl(ZOOM)!.key]);
  });

  it('answers a first action that names no request with what a request needs, writing nothing', async () => {
    const { err } = await send('firstAction', undefined, senders.sidebarIn({ id: 4, url: MEET }));
    expect(err?.message).toBe('A request needs a service, a method and a list of arguments.');
    expect(await db.sessions.count()).toBe(0);
  });

  it('refuses where the tab is in no call', async () => {
    const { err } = await send('firstAction', { call: rate('q') }, senders.sidebarIn({ id: 4, url: 'https://example.com/' }));
    expect(err?.message).toBe('This tab is not a call: there is no interview to write to.');
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('requests of the extension pages', () => {
  it('are answered only once the database is ready', async () => {
    let open!: () => void;
    const asked = new Promise<void>((gateReached) => {
      ready = () => (gateReached(), new Promise<void>((resolve) => (open = resolve)));
    });
    const session = await service.meetings.openInterview(parseMeetingUrl(MEET)!);
    const questionId = session.kit.questions[0]!.id;
    const answer = value(
      'request',
      { service: 'interviews', method: 'setRating', args: [session.id, questionId, 'no'] },
      senders.dashboard,
    );
    await asked;
    expect(await db.notes.count()).toBe(0);
    open();
    await answer;
    expect((await db.notes.toArray()).map((n) => [n.questionId, n.rating])).toEqual([[questionId, 'no']]);
  });

  it('carry the reason a request failed', async () => {
    const { err } = await send('request', { service: 'interviews', method: 'nothing', args: [] }, senders.dashboard);
    expect(err?.message).toBe('There is no request interviews.nothing.');
  });

  it("give the browser's shortcuts to a page that has no commands API", async () => {
    const shortcuts = [{ name: 'toggle-sidebar', description: 'Show or hide the interview sidebar', shortcut: 'Alt+Shift+J' }];
    const getAll = vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(shortcuts);
    expect(await value('browserCommands', undefined, senders.sidebarIn({ id: 4, url: MEET }))).toEqual(shortcuts);
    getAll.mockRestore();
  });
});
