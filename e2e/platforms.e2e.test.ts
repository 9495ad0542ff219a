import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callDocument, CALL_CONTROLS, expectCallControlsUsable, joinCall, overlaps, ZOOM_WEBCLIENT_FRAME } from './support/call-controls';
import { clickToolbarButton, ExtensionStorage, pressBrowserShortcut } from './support/browser-control';
import { DEFAULT_LAYOUT, Dock, resetLayout } from './support/dock';
import {
  EXTENSION_DIR,
  SIDEBAR_FRAME_SELECTOR,
  sidebar,
  sidebarCount,
  sidebarFrame,
  waitForContentScript,
  waitForNoSidebar,
} from './support/chromium';
import { KIT, openSidebar, SidebarView } from './support/sidebar';
import { ARTIFACTS_DIR, meetCode, meetUrl, setupSuite, zoomId } from './support/suite';
import { waitForValue, waitUntil } from './support/wait';

const suite = setupSuite();
const SHOTS_DIR = join(ARTIFACTS_DIR, 'platforms');

const random = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
/** A Teams join link no other test uses, as the invitation gives it. */
const teamsJoin = () =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${random(24)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${random(8)}%22%7d`;
/** A Webex personal room no other test uses, as the invitation gives it. */
const webexJoin = () => `https://acme.webex.com/meet/${random(10)}?launchApp=true`;

const PLATFORM_CASES = [
  { platform: 'teams', name: 'Microsoft Teams', joinLink: teamsJoin, home: 'https://teams.microsoft.com/v2/' },
  { platform: 'webex', name: 'Webex', joinLink: webexJoin, home: 'https://acme.webex.com/' },
] as const;

/** The browser's shortcuts as the manifest suggests them. */
const SUGGESTED = (
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    commands: Record<string, { suggested_key: { default: string } }>;
  }
).commands;

/** The sidebar frame and the call's stage never overlap: the call made room. */
async function expectStageClear(page: Page, call: Frame, where: string) {
  const frame = await page.locator(SIDEBAR_FRAME_SELECTOR).boundingBox();
  const stage = await call.getByRole('main', { name: 'Meeting stage' }).boundingBox();
  expect(frame && stage, `${where}: the sidebar and the stage have boxes`).toBeTruthy();
  expect(overlaps(frame!, stage!), `${where}: the sidebar ${JSON.stringify(frame)} covers the stage ${JSON.stringify(stage)}`).toBe(false);
}

describe.each(PLATFORM_CASES)('$name', ({ platform, joinLink, home }) => {
  test('the sidebar appears on a call and not on the home page', async () => {
    const page = await suite.browser.open(home);
    await waitForNoSidebar(page, suite.browser.extensionId);

    const view = await openSidebar(suite.browser, joinLink());
    await view.waitForQuestion(1, KIT.questions[0]);
    await joinCall(view.page, platform);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await sidebarCount(view.page)).toBe(1);
  });

  test('a URL change inside the call keeps the same interview, also after a reload', async () => {
    const link = joinLink();
    const view = await openSidebar(suite.browser, link);
    await (await view.notesReady(1)).pressSequentially('Typed before joining.');
    await joinCall(view.page, platform);
    // The call's page rewrote its URL: Teams to its own /v2/, Webex without the join parameters.
    await waitUntil('the URL to change after joining', () => view.page.url() !== link, { describe: () => view.page.url() });
    await waitForValue(view.notes(1), 'Typed before joining.', 'the note in the same sidebar');
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);

    // A reload at the rewritten URL: the background remembers the meeting this tab joined.
    await view.page.reload({ waitUntil: 'load' });
    await sidebarFrame(view.page);
    const again = new SidebarView(view.page);
    await again.waitForQuestion(2, KIT.questions[1]);
    await again.previous.click();
    await waitForValue(await again.notesReady(1), 'Typed before joining.', 'the note after the reload');
  });

  test("the call's controls stay clickable and nothing of the call is covered", async () => {
    const view = await openSidebar(suite.browser, joinLink());
    await joinCall(view.page, platform);
    const call = await callDocument(view.page, CALL_CONTROLS[platform].frame);
    await expectStageClear(view.page, call, `${platform} beside the call`);
    await expectCallControlsUsable(view.page, platform, 'beside the call');
  });

  test('a note survives a tab closed right after the keystroke', async () => {
    const link = joinLink();
    const view = await openSidebar(suite.browser, link);
    await joinCall(view.page, platform);
    await (await view.notesReady(1)).pressSequentially('Closed at once.');
    await view.page.close();
    const reopened = await openSidebar(suite.browser, link);
    await waitForValue(await reopened.notesReady(1), 'Closed at once.', 'the note in the reopened call');
  });

  test('screenshots at 1280×720 and 1920×1080, light and dark', async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    const view = await openSidebar(suite.browser, joinLink());
    await joinCall(view.page, platform);
    const call = await callDocument(view.page, CALL_CONTROLS[platform].frame);
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      for (const scheme of ['light', 'dark'] as const) {
        await view.page.emulateMedia({ colorScheme: scheme });
        await view.page.setViewportSize(viewport);
        await waitUntil('the sidebar to fill the height of the window', async () => {
          const box = await view.page.locator(SIDEBAR_FRAME_SELECTOR).boundingBox();
          return box?.height === viewport.height;
        });
        const where = `${platform} ${viewport.width}×${viewport.height} ${scheme}`;
        await expectStageClear(view.page, call, where);
        await expectCallControlsUsable(view.page, platform, where);
        await view.page.screenshot({ path: join(SHOTS_DIR, `${platform}-${viewport.width}x${viewport.height}-${scheme}.png`) });
      }
    }
  });
});

describe('Microsoft Teams: a call whose URL names no meeting', () => {
  test('the toolbar button opens the chooser; resuming keeps one interview for the call', async () => {
    const link = teamsJoin();
    const first = await openSidebar(suite.browser, link);
    await first.candidateName.fill('Ada Lovelace');
    await first.candidateName.press('Enter');
    await (await first.notesReady(1)).pressSequentially('From the first tab.');
    await first.page.close();

    // A tab that never saw the join link (e.g. joined from the Teams calendar): no sidebar until asked.
    const page = await suite.browser.open('https://teams.microsoft.com/v2/');
    await waitForNoSidebar(page, suite.browser.extensionId);
    await clickToolbarButton(suite.browser, page);
    await sidebarFrame(page);
    const frame = sidebar(page);
    const recent = frame.getByRole('list', { name: 'Recent interviews' });
    await recent.getByRole('button', { name: 'Resume Ada Lovelace', exact: true }).click();
    const view = new SidebarView(page);
    await waitForValue(await view.notesReady(1), 'From the first tab.', 'the resumed interview’s note');

    // The tab now stays on that interview: a reload opens it without asking again.
    await page.reload({ waitUntil: 'load' });
    await sidebarFrame(page);
    await waitForValue(await new SidebarView(page).notesReady(1), 'From the first tab.', 'the note after a reload');
  });

  test('"New interview" starts one of its own', async () => {
    const page = await suite.browser.open('https://teams.microsoft.com/v2/');
    await waitForContentScript(page, suite.browser.extensionId);
    await clickToolbarButton(suite.browser, page);
    await sidebarFrame(page);
    await sidebar(page).getByRole('button', { name: 'New interview', exact: true }).click();
    const view = new SidebarView(page);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await view.notes(1).inputValue()).toBe('');
  });
});

describe('Zoom web client in its shell page (fromPWA=1), cross-origin isolated', () => {
  test.each(['require-corp', 'credentialless'] as const)('COEP %s: isolated, the sidebar works, the controls stay usable', async (coep) => {
    const url = `https://app.zoom.us/wc/${zoomId()}/join?fromPWA=1${coep === 'credentialless' ? '&_fixture_coep=credentialless' : ''}`;
    const page = await suite.browser.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    const headers = (await response?.allHeaders()) ?? {};
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-embedder-policy']).toBe(coep);
    expect(headers['content-security-policy']).toBe("frame-src 'self'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(await page.evaluate(() => crossOriginIsolated), 'the page is cross-origin isolated').toBe(true);
    const webclient = await callDocument(page, ZOOM_WEBCLIENT_FRAME);
    expect(await webclient.evaluate(() => crossOriginIsolated), 'the web client frame is cross-origin isolated').toBe(true);
    expect(await page.locator(ZOOM_WEBCLIENT_FRAME).getAttribute('class')).toBe('pwa-webclient__iframe');

    await sidebarFrame(page);
    const view = new SidebarView(page);
    await view.waitForQuestion(1, KIT.questions[0]);
    await (await view.notesReady(1)).pressSequentially('Under COEP.');
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);
    await view.previous.click();
    await waitForValue(await view.notesReady(1), 'Under COEP.', 'the note read back');
    await expectStageClearOfZoom(page, webclient);
    await expectCallControlsUsable(page, 'zoom', `fromPWA=1, COEP ${coep}`);
  });
});

async function expectStageClearOfZoom(page: Page, call: Frame) {
  const frame = await page.locator(SIDEBAR_FRAME_SELECTOR).boundingBox();
  const stage = await call.getByRole('main', { name: 'Meeting' }).boundingBox();
  expect(overlaps(frame!, stage!), `the sidebar ${JSON.stringify(frame)} covers Zoom's stage ${JSON.stringify(stage)}`).toBe(false);
}

describe("browser shortcuts with the focus inside the call's own iframe or the sidebar", () => {
  const cases = [
    ['Webex (iframe#unified-webclient-iframe)', 'webex', webexJoin, CALL_CONTROLS.webex.frame!],
    ['Zoom (iframe#webclient)', 'zoom', () => `https://app.zoom.us/wc/${zoomId()}/join?fromPWA=1`, ZOOM_WEBCLIENT_FRAME],
  ] as const;
  test.each(cases)('%s: next and previous question', async (_name, platform, url, frameSelector) => {
    const view = await openSidebar(suite.browser, url());
    await joinCall(view.page, platform);
    const call = await callDocument(view.page, frameSelector);
    await call.getByRole('button', { name: 'Mute', exact: true }).focus();
    const focus = await view.page.evaluate((selector) => document.activeElement === document.querySelector(selector), frameSelector);
    expect(focus, "the focus is inside the call's iframe").toBe(true);
    expect(await call.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Mute');

    await pressBrowserShortcut(view.page, SUGGESTED['next-question']!.suggested_key.default);
    await view.waitForQuestion(2, KIT.questions[1]);
    await pressBrowserShortcut(view.page, SUGGESTED['previous-question']!.suggested_key.default);
    await view.waitForQuestion(1, KIT.questions[0]);
  });

  test('inside the sidebar (the notes box has the focus): next and previous question, and no character typed', async () => {
    const view = await openSidebar(suite.browser, webexJoin());
    await joinCall(view.page, 'webex');
    await (await view.notesReady(1)).focus();
    await pressBrowserShortcut(view.page, SUGGESTED['next-question']!.suggested_key.default);
    await view.waitForQuestion(2, KIT.questions[1]);
    await (await view.notesReady(2)).focus();
    await pressBrowserShortcut(view.page, SUGGESTED['previous-question']!.suggested_key.default);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await view.notes(1).inputValue(), 'the shortcuts typed nothing into the notes').toBe('');
  });
});

describe('Settings: the sidebar on a call opens by itself, or stays a handle until asked', () => {
  test('"Stays as a handle until asked": every call starts hidden; Show sidebar opens it; "Opens by itself" again opens at once', async () => {
    const storage = await ExtensionStorage.open(suite.browser);
    try {
      await resetLayout(storage, 'meet');
      await storage.set({ appearance: { theme: 'system', textSize: 'medium', surface: 'page', callStart: 'handle' } });
      const page = await suite.browser.open(meetUrl(meetCode()));
      await joinCall(page, 'meet');
      const dock = new Dock(page);
      await dock.showSidebar.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await dock.frameBox(), 'the sidebar frame is not shown').toBeNull();
      await dock.showSidebar.click();
      await dock.waitForLayout(DEFAULT_LAYOUT, 'the sidebar shown when asked');
      await new SidebarView(page).waitForQuestion(1, KIT.questions[0]);

      // The next call starts as a handle again.
      const next = await suite.browser.open(meetUrl(meetCode()));
      await new Dock(next).showSidebar.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await new Dock(next).frameBox()).toBeNull();

      await storage.set({ appearance: { theme: 'system', textSize: 'medium', surface: 'page', callStart: 'open' } });
      await resetLayout(storage, 'meet');
      const view = await openSidebar(suite.browser, meetUrl(meetCode()));
      await new Dock(view.page).waitForLayout(DEFAULT_LAYOUT, 'the sidebar opened by itself');
    } finally {
      await storage.remove('appearance');
      await resetLayout(storage, 'meet');
      await storage.close();
    }
  });
});
