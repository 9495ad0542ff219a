import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { readLayout } from '../settings/sidebar-layout-store';
import { createBackgroundService, type BackgroundService } from './background-service';
import { callPlatformOf, runBrowserCommand } from './browser-commands';
import { recordTabMessages, settle } from './browser-glue.test-support';
import { createSidebarOpener } from './sidebar-opener';
import { createTabCalls } from './tab-calls';

const MEET = 'https://meet.google.com/abc-defg-hij';
const TEAMS_IN_CALL = 'https://teams.microsoft.com/v2/';

let db: InterviewDatabase;
let background: BackgroundService | undefined;
let tabMessages: ReturnType<typeof recordTabMessages>;
beforeEach(() => {
  fakeBrowser.reset();
  db = openInterviewDatabase(`commands-${crypto.randomUUID()}`);
  background = undefined;
  tabMessages = recordTabMessages();
});
afterEach(() => db.delete());

async function press(command: string, tab: Partial<Browser.tabs.Tab> | undefined) {
  const opener = createSidebarOpener();
  await settle();
  const service = () => (background ??= createBackgroundService(db));
  await runBrowserCommand(command, tab as Browser.tabs.Tab | undefined, { service, opener, tabCalls: createTabCalls() });
}
const meetInterview = () => db.sessions.where('meetingKey').equals(parseMeetingUrl(MEET)!.key).first();

describe('the browser shortcuts', () => {
  it('do nothing outside a call: no interview, no sidebar, no memory of the tab', async () => {
    for (const command of ['toggle-sidebar', 'focus-notes', 'next-question']) {
      await press(command, { id: 5, url: 'https://example.com/' });
      await press(command, undefined);
      await press(command, { url: MEET });
    }
    expect(background).toBeUndefined();
    expect(tabMessages).toEqual([]);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect((await readLayout('meet')).collapsed).toBe(false);
  });

  it('Alt+Shift+J hides and shows the sidebar of the call', async () => {
    await press('toggle-sidebar', { id: 4, url: MEET });
    expect((await readLayout('meet')).collapsed).toBe(true);
    await press('toggle-sidebar', { id: 4, url: MEET });
    expect((await readLayout('meet')).collapsed).toBe(false);
    expect(await fakeBrowser.storage.session.get()).toEqual({ 'tabCall:4': { platform: 'meet', meeting: parseMeetingUrl(MEET) } });
  });

  it('Alt+Shift+J on a call whose URL names no meeting opens the chooser', async () => {
    await press('toggle-sidebar', { id: 8, url: TEAMS_IN_CALL });
    expect(await fakeBrowser.storage.session.get()).toEqual({ 'tabCall:8': { platform: 'teams', meeting: null } });
    expect(tabMessages).toEqual([[8, 'locationChanged', 0]]);
  });

  it('Alt+Shift+K shows the frame in the page first, then puts the cursor in its notes box', async () => {
    await press('focus-notes', { id: 4, url: MEET });
    expect(tabMessages).toEqual([
      [4, 'focusNotes', 0],
      [4, 'focusNotesBox', undefined],
    ]);
  });

  it('Alt+Shift+K does not fail where the notes box is not there to answer', async () => {
    tabMessages = recordTabMessages((name) => (name === 'focusNotesBox' ? Promise.reject(new Error('No frame')) : Promise.resolve()));
    await expect(press('focus-notes', { id: 4, url: MEET })).resolves.toBeUndefined();
    expect(tabMessages.map(([, name]) => name)).toEqual(['focusNotes', 'focusNotesBox']);
  });

  it('Next in a call with no interview yet starts it on question 2; Previous goes back', async () => {
    await press('previous-question', { id: 4, url: MEET });
    expect(await db.sessions.count()).toBe(0);
    await press('next-question', { id: 4, url: MEET });
    expect((await meetInterview())?.currentQuestionIndex).toBe(1);
    await press('next-question', { id: 4, url: MEET });
    await press('previous-question', { id: 4, url: MEET });
    expect((await meetInterview())?.currentQuestionIndex).toBe(1);
  });

  it('Next where the chooser shows (no meeting known) writes nothing', async () => {
    await press('toggle-sidebar', { id: 8, url: TEAMS_IN_CALL });
    await press('next-question', { id: 8, url: TEAMS_IN_CALL });
    expect(await db.sessions.count()).toBe(0);
  });

  it('an unknown command is ignored', async () => {
    await press('open-everything', { id: 4, url: MEET });
    expect(tabMessages).toEqual([]);
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('the platform of a page', () => {
  it('is the platform of a meeting link, of a call that names none, or none', () => {
    expect(callPlatformOf(MEET)).toBe('meet');
    expect(callPlatformOf(TEAMS_IN_CALL)).toBe('teams');
    expect(callPlatformOf('https://example.com/')).toBeNull();
    expect(callPlatformOf(undefined)).toBeNull();
  });
});
