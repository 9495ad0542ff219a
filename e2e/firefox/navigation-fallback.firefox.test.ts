import { describe, expect, test } from 'vitest';
import { KIT } from '../support/sidebar';
import { meetCode, zoomId } from '../support/suite';
import { waitUntil } from '../support/wait';
import { FirefoxSidebar, byRole, sidebarCount } from './support/firefox-sidebar';
import { setupFirefoxSuite } from './support/firefox-suite';

// Firefox releases before the Navigation API (147; ESR 140 among them) have no `window.navigation`,
// so history.pushState fires no event a content script can hear. The same Firefox with the API
// switched off stands in for them.
const suite = setupFirefoxSuite({ 'dom.navigation.webidl.enabled': false });

describe('same-document navigation without the Navigation API', () => {
  test('Meet: landing → Join (pushState) mounts the sidebar; pushState back to / removes it', async () => {
    const code = meetCode();
    const page = await suite.open(`https://meet.google.com/?join=${code}`);
    expect(await page.evaluate(() => typeof (window as Window & { navigation?: unknown }).navigation)).toBe('undefined');
    await page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));

    await (await page.waitForSelector(byRole('button', 'Join')))!.click();
    const view = await FirefoxSidebar.of(page);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(new URL(page.url()).pathname).toBe(`/${code}`);
    expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await page.evaluate(() => history.pushState({}, '', '/'));
    await waitUntil('the sidebar to be removed after leaving the call', async () => (await sidebarCount(page)) === 0);
  });

  test('Zoom: /wc/home → Join (pushState) mounts the sidebar', async () => {
    const page = await suite.open('https://app.zoom.us/wc/home');
    const id = zoomId();
    const field = (await page.waitForSelector(byRole('textbox', 'Meeting ID')))!;
    await field.click({ count: 3 });
    await field.type(id);
    await (await page.waitForSelector(byRole('button', 'Join')))!.click();
    const view = await FirefoxSidebar.of(page);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(new URL(page.url()).pathname).toBe(`/wc/${id}/join`);
  });
});
