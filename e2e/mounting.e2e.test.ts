import { describe, expect, test } from 'vitest';
import { joinCall } from './support/call-controls';
import { sidebarCount, sidebarFrame, waitForNoSidebar } from './support/chromium';
import { KIT, openSidebar, SidebarView } from './support/sidebar';
import { meetCode, meetUrl, setupSuite, zoomId, zoomUrl } from './support/suite';
import { waitForText, waitUntil } from './support/wait';

const suite = setupSuite();

describe('where the sidebar is mounted', () => {
  test('on a Google Meet meeting page', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await sidebarCount(view.page)).toBe(1);
  });

  test('on a Zoom web client meeting page', async () => {
    const view = await openSidebar(suite.browser, zoomUrl(zoomId()));
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await sidebarCount(view.page)).toBe(1);
  });

  test.each([
    ['the Meet landing page', 'https://meet.google.com/'],
    ['Meet /landing', 'https://meet.google.com/landing'],
    ['the Zoom web client home', 'https://app.zoom.us/wc/home'],
  ])('not on %s', async (_name, url) => {
    const page = await suite.browser.open(url);
    // The content script has run here (it matches every Meet page and every /wc/ page), so no
    // frame now means it decided not to mount one.
    await waitForNoSidebar(page, suite.browser.extensionId);
  });

  test('on the strict-CSP Meet page (nonce + strict-dynamic, Trusted Types required)', async () => {
    const page = await suite.browser.newPage();
    const response = await page.goto(meetUrl(meetCode()));
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("require-trusted-types-for 'script'");
    // The policy is in force: the page's nonce script drew the call, and raw HTML sinks throw.
    await joinCall(page, 'meet');
    await page.getByRole('button', { name: 'Leave call' }).waitFor();
    const sink = await page.evaluate(() => {
      try {
        // Deliberately a raw HTML sink: under Trusted Types it must throw.
        // eslint-disable-next-line no-restricted-properties
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'innerHTML accepted';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(sink).toBe('TypeError');

    const view = new SidebarView(page);
    await sidebarFrame(page);
    await view.waitForQuestion(1, KIT.questions[0]);
  });
});

describe('same-document navigation', () => {
  test('Meet: landing → Join (pushState) mounts the sidebar; pushState back to / removes it', async () => {
    const code = meetCode();
    const page = await suite.browser.open(`https://meet.google.com/?join=${code}`);
    await waitForNoSidebar(page, suite.browser.extensionId);
    await page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));

    await page.getByRole('button', { name: 'Join' }).click();
    await waitUntil('the Join button to pushState to the meeting', () => new URL(page.url()).pathname === `/${code}`, {
      describe: () => page.url(),
    });
    await joinCall(page, 'meet');
    await page.getByRole('button', { name: 'Leave call' }).waitFor();
    const view = new SidebarView(page);
    await sidebarFrame(page);
    await view.waitForQuestion(1, KIT.questions[0]);
    // Still the same document: no reload happened on the way.
    expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await page.evaluate(() => history.pushState({}, '', '/'));
    await waitUntil('the sidebar to be removed after leaving the call', async () => (await sidebarCount(page)) === 0, {
      describe: () => sidebarCount(page).then((n) => `${n} sidebar frame(s) at ${page.url()}`),
    });
    await page.getByRole('button', { name: 'Join' }).waitFor();

    // Joining another call from the same tab mounts it again, for that call.
    const other = meetCode();
    await page.evaluate((path) => history.pushState({}, '', path), `/${other}`);
    await sidebarFrame(page);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await sidebarCount(page)).toBe(1);
    expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test('Meet: moving from one call to another with pushState shows the new call’s interview', async () => {
    const first = meetCode();
    const view = await openSidebar(suite.browser, meetUrl(first));
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);

    await view.page.evaluate((path) => history.pushState({}, '', path), `/${meetCode()}`);
    // The new call has its own interview, which starts at question 1.
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await sidebarCount(view.page)).toBe(1);
  });

  test('Zoom: /wc/home → Join (pushState) mounts the sidebar', async () => {
    const id = zoomId();
    const page = await suite.browser.open('https://app.zoom.us/wc/home');
    await waitForNoSidebar(page, suite.browser.extensionId);

    await page.getByRole('textbox', { name: 'Meeting ID' }).fill(id);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('button', { name: 'Leave' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/wc/${id}/join`);
    const view = new SidebarView(page);
    await sidebarFrame(page);
    await waitForText(view.position, `Question 1 of ${KIT.questionCount}`, 'the question position');
  });
});
