import type { Frame } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sidebarFrame } from './support/chromium';
import { KIT, openSidebar, SidebarView } from './support/sidebar';
import { meetCode, meetUrl, setupSuite } from './support/suite';
import { waitForText, waitUntil, waitForValue } from './support/wait';

const suite = setupSuite();

/** The meeting keys of every interview stored, read from the extension's database in its service worker. */
async function storedMeetingKeys(): Promise<string[]> {
  const worker = suite.browser.serviceWorker();
  if (!worker) throw new Error('The extension service worker is not running.');
  return worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('interview-sidebar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('sessions').objectStore('sessions').getAll();
          request.onsuccess = () => {
            resolve((request.result as { meetingKey: string }[]).map((s) => s.meetingKey));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('quiet outside interviews (a stand-up on the same platform)', () => {
  test('no interview is written for a call where nothing was done', async () => {
    const code = meetCode();
    const view = await openSidebar(suite.browser, meetUrl(code));
    // The sidebar shows the kit's first question, ready to type in, as in an interview.
    await view.waitForQuestion(1, KIT.questions[0]);
    await view.notesReady(1);
    await waitForText(view.timer, 'Not started', 'the interview clock');
    await view.page.close();
    // Another call right after, so the first one's sidebar has long asked the background all it would.
    const other = await openSidebar(suite.browser, meetUrl(meetCode()));
    await other.waitForQuestion(1, KIT.questions[0]);
    const keys = await storedMeetingKeys();
    expect(keys).not.toContain(`meet:${code}`);
    expect(keys).toEqual([]);
  });

  test('a page that moves through many meeting codes with pushState creates no interviews', async () => {
    const codes = Array.from({ length: 8 }, () => meetCode());
    const page = await suite.browser.open(meetUrl(codes[0]!));
    let previous: Frame | undefined;
    for (const code of codes) {
      await page.evaluate((path) => history.pushState({}, '', path), `/${code}`);
      // A new call gets a new frame: the last call's one leaves first, or the wait below would see it.
      if (previous) await waitUntil(`the sidebar of the call before ${code} to leave`, () => previous!.isDetached());
      previous = await sidebarFrame(page);
      // Each call's sidebar booted (its question is on screen) before the page moves on.
      await new SidebarView(page).waitForQuestion(1, KIT.questions[0]);
    }
    const keys = await storedMeetingKeys();
    expect(keys.filter((key) => codes.some((code) => key === `meet:${code}`))).toEqual([]);
  });

  test('the first keystroke creates the interview, and a second tab of the call follows it from then on', async () => {
    const code = meetCode();
    const first = await openSidebar(suite.browser, meetUrl(code));
    const second = await openSidebar(suite.browser, meetUrl(code));
    expect(await storedMeetingKeys()).not.toContain(`meet:${code}`);
    await (await first.notesReady(1)).pressSequentially('Stateless');
    await waitUntil('the interview to be stored', async () => (await storedMeetingKeys()).includes(`meet:${code}`));
    await waitForValue(await second.notesReady(1), 'Stateless', 'the note in the second tab of the call');
    await waitUntil('the clock in the second tab to run, started by the first note', async () =>
      /^\d\d:\d\d$/.test((await second.timer.textContent())?.trim() ?? ''),
    );
    expect((await storedMeetingKeys()).filter((key) => key === `meet:${code}`)).toHaveLength(1);
  });
});
