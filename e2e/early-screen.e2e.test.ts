import { describe, expect, test } from 'vitest';
import { sidebarFrame } from './support/chromium';
import { evaluateInContentScript } from './support/content-script-world';
import { sight } from './support/glance';
import { KIT, openSidebar, type SidebarView } from './support/sidebar';
import { meetCode, meetUrl, setupSuite } from './support/suite';
import { waitForValue, waitUntil } from './support/wait';

const suite = setupSuite();

/** What the extension keeps in storage.local, read by its service worker. */
const stored = async () => {
  const worker = await waitUntil('the service worker', () => suite.browser.serviceWorker());
  return worker.evaluate(() => chrome.storage.local.get(null));
};
/** The frame's performance marks: 'sidebar early screen' when it painted the stored first screen (lib/first-screen/early-screen.ts). */
const marksOf = async (view: SidebarView) =>
  (await sidebarFrame(view.page)).evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));

describe("a new call paints the last new call's first screen before the worker answers", () => {
  test('after a browser restart: the stored screen, then the same screen from the background, which works as usual', async () => {
    const first = await openSidebar(suite.browser, meetUrl(meetCode()));
    expect(await first.headingText()).toBe(KIT.questions[0]);
    expect(await marksOf(first), 'no screen stored before the first call').not.toContain('sidebar early screen');
    // The frame stores its first screen when idle; the worker lists the interviewed meetings once it has the database open.
    await waitUntil('the first screen and the list stored', async () => {
      const now = await stored();
      return 'firstScreen:meet' in now && Array.isArray(now.interviewedMeetings);
    });

    await suite.browser.restart();
    const second = await openSidebar(suite.browser, meetUrl(meetCode()));
    expect(await marksOf(second)).toContain('sidebar early screen');
    expect(await second.headingText()).toBe(KIT.questions[0]);
    expect(await sight(second.heading)).toMatchObject({ inView: true, uncovered: true });
    // React's screen took over: it takes input, and the first note creates the interview.
    await (await second.notesReady(1)).pressSequentially('Clear on statelessness.');
    await second.next.click();
    await second.waitForQuestion(2);
    await waitUntil('the new interview listed', async () => {
      const list = (await stored()).interviewedMeetings as string[];
      return list.some((key) => second.page.url().includes(key.slice('meet:'.length)));
    });
  });

  test('a call that has an interview is never painted from the stored screen, and the content script reads no storage', async () => {
    const url = meetUrl(meetCode());
    const view = await openSidebar(suite.browser, url);
    await (await view.notesReady(1)).pressSequentially('Knows REST.');
    await view.next.click();
    await view.waitForQuestion(2);
    await waitUntil('the interview listed', async () =>
      ((await stored()).interviewedMeetings as string[]).includes(`meet:${url.split('/').pop()}`),
    );
    expect(Object.keys(await stored())).toContain('firstScreen:meet');

    const again = await openSidebar(suite.browser, url);
    await again.waitForQuestion(2, KIT.questions[1]);
    expect(await marksOf(again)).not.toContain('sidebar early screen');
    await waitForValue(again.notes(2), '', 'the second question’s empty note');

    // storage.local holds kit text now: closed to the content script, which runs in the meeting page's renderer.
    const read = await evaluateInContentScript<string>(
      again.page,
      suite.browser.extensionId,
      `(async () => { try { return JSON.stringify(Object.keys(await chrome.storage.local.get(null))); } catch (error) { return 'refused: ' + error.message; } })()`,
    );
    expect(read).toMatch(/^refused: /);
  });
});
