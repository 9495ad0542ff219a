import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LAYOUT, expectedFrameBox } from '../support/dock';
import { KIT } from '../support/sidebar';
import { meetCode, meetUrl, zoomId, zoomTopDocumentUrl as zoomUrl } from '../support/suite';
import { waitUntil } from '../support/wait';
import { VIEWPORT } from './support/firefox';
import { FirefoxSidebar, openSidebar, sidebarCount } from './support/firefox-sidebar';
import { setupFirefoxSuite } from './support/firefox-suite';
import { STRICT_STYLE_PARAM } from './support/meeting-proxy';

const suite = setupFirefoxSuite();

/** Where the Chromium suite expects the frame in the default layout (beside the call, at the right). */
const DEFAULT_BOX = expectedFrameBox(DEFAULT_LAYOUT, VIEWPORT)!;

/** The frame's box and the computed styles the content script set on it. */
const frameBox = (page: Page) =>
  page.$eval('iframe[title="Interview sidebar"]', (frame) => {
    const style = getComputedStyle(frame);
    const box = frame.getBoundingClientRect();
    return { position: style.position, zIndex: style.zIndex, x: box.x, y: box.y, width: box.width, height: box.height };
  });

/**
 * The content script's own controls, as the page sees them: its root is closed (no shadowRoot),
 * so only where they are on screen tells. The separator lies on the frame's inner edge, the "Show
 * sidebar" handle at the docked edge, 40% down (lib/dock/placement.ts).
 */
const handles = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('interview-sidebar-controls');
    const frame = document.querySelector('iframe[title="Interview sidebar"]')!.getBoundingClientRect();
    const at = (x: number, y: number) => document.elementFromPoint(x, y)?.localName ?? null;
    return {
      shadowRoot: host?.shadowRoot === null ? null : 'reachable',
      separator: frame.width > 0 ? at(frame.x + 2, frame.y + frame.height / 2) : null,
      show: at(innerWidth - 4, innerHeight * 0.4 + 30),
      showPoint: { x: innerWidth - 4, y: innerHeight * 0.4 + 30 },
    };
  });

describe('where the sidebar frame is mounted, in Firefox', () => {
  test.each([
    ['a Google Meet meeting', () => meetUrl(meetCode())],
    ['a Zoom web client meeting', () => zoomUrl(zoomId())],
  ])('on %s, docked at the right edge beside the call', async (_name, url) => {
    const view = await openSidebar(suite.open, url());
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await sidebarCount(view.page)).toBe(1);
    expect(await frameBox(view.page)).toEqual({ position: 'fixed', zIndex: '2147483646', ...DEFAULT_BOX });
  });

  test.each([
    ['the Meet landing page', 'https://meet.google.com/landing', () => `/${meetCode()}`],
    ['the Zoom web client home', 'https://app.zoom.us/wc/home', () => `/wc/${zoomId()}/join`],
  ])('not on %s (and the same tab mounts it once it is a call)', async (_name, url, callPath) => {
    const page = await suite.open(url);
    // WebDriver BiDi does not list content-script realms, so "no frame" is checked after the load
    // event and a settle; the same document then proves the content script was there all along.
    // Its first frame, hidden, leaves when the background answers "no call" (entrypoints/meeting.content.ts).
    await new Promise((resolve) => setTimeout(resolve, 500));
    await waitUntil(`no sidebar frame on ${url}`, async () => (await sidebarCount(page)) === 0, {
      describe: () => sidebarCount(page).then((n) => `${n} sidebar frame(s)`),
    });
    await page.evaluate((path) => history.pushState({}, '', path), callPath());
    await FirefoxSidebar.of(page);
    expect(await sidebarCount(page)).toBe(1);
  });

  test('Meet: landing → Join (pushState) mounts it; pushState back to / removes it', async () => {
    const code = meetCode();
    const page = await suite.open(`https://meet.google.com/?join=${code}`);
    await page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));
    await (await page.waitForSelector('::-p-aria([name="Join"][role="button"])'))!.click();
    const view = await FirefoxSidebar.of(page);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(new URL(page.url()).pathname).toBe(`/${code}`);
    expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await page.evaluate(() => history.pushState({}, '', '/'));
    await waitUntil('the sidebar to be removed after leaving the call', async () => (await sidebarCount(page)) === 0);
  });
});

describe('under a page policy that forbids inline styles (style-src with a nonce)', () => {
  test('the frame is placed and the content script’s handles are styled; hide and show work', async () => {
    const view = await openSidebar(suite.open, `${meetUrl(meetCode())}?${STRICT_STYLE_PARAM}`);
    // The policy is in force: a <style> the page adds without the nonce does nothing.
    const pageInlineStyle = await view.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { padding-left: 37px !important; }';
      document.head.append(style);
      const width = getComputedStyle(document.body).paddingLeft;
      style.remove();
      return width;
    });
    expect(pageInlineStyle, 'an inline <style> without the nonce is blocked').not.toBe('37px');

    expect(await frameBox(view.page)).toMatchObject({ position: 'fixed', ...DEFAULT_BOX });
    expect(await handles(view.page), "the separator is topmost on the frame's inner edge; the page cannot reach the root").toMatchObject({
      shadowRoot: null,
      separator: 'interview-sidebar-controls',
    });

    await view.click('button', 'Hide sidebar');
    await waitUntil('the "Show sidebar" handle to appear', async () => (await handles(view.page)).show === 'interview-sidebar-controls', {
      describe: () => handles(view.page),
    });
    expect(await view.page.$eval('iframe[title="Interview sidebar"]', (f) => getComputedStyle(f).display)).toBe('none');

    // A real click where the handle is (the page sees only the host there).
    const { showPoint } = await handles(view.page);
    await view.page.mouse.click(showPoint.x, showPoint.y);
    await waitUntil('the sidebar to show again', async () => (await frameBox(view.page)).width === DEFAULT_BOX.width);
    expect((await handles(view.page)).show, 'no handle once shown').not.toBe('interview-sidebar-controls');
  });
});
