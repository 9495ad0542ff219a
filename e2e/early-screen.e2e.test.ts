import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../lib/first-screen/first-screen-record';
import { REPO_ROOT, sidebarFrame } from './support/chromium';
import { evaluateInContentScript } from './support/content-script-world';
import { sight } from './support/glance';
import { KIT, openSidebar, type SidebarView } from './support/sidebar';
import { meetCode, meetUrl, setupSuite } from './support/suite';
import { waitForValue, waitUntil } from './support/wait';

const suite = setupSuite();
const SHIPPED = join(REPO_ROOT, 'public/first-screen/meet.json');

/** What the extension keeps in storage.local, read by its service worker. */
const stored = async () => {
  const worker = await waitUntil('the service worker', () => suite.browser.serviceWorker());
  return worker.evaluate(() => chrome.storage.local.get(null));
};
/**
 * The frame's performance marks: 'sidebar early screen' when it painted a first screen before
 * React (lib/first-screen/early-screen.ts); 'sidebar first screen stored' or '… unchanged' once
 * React's first commit was compared with it (hooks/use-remember-first-screen.ts).
 */
const marksOf = async (view: SidebarView) =>
  (await sidebarFrame(view.page)).evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
const comparedIn = (view: SidebarView) =>
  waitUntil("React's first screen compared with the one painted before it", async () =>
    (await marksOf(view)).find((mark) => mark.startsWith('sidebar first screen ')),
  );
const meetingKeyOf = (view: SidebarView) => `meet:${new URL(view.page.url()).pathname.slice(1)}`;

describe('a new call paints its first screen before the worker and React answer', () => {
  test("right after installing, the build's own, which Chromium's React then draws exactly; after a restart, again", async () => {
    // Written as the extension is installed (lib/background/first-screen-keeper.ts, markFreshInstall).
    await waitUntil('the fresh install marked', async () => 'standInSource' in (await stored()));
    const first = await openSidebar(suite.browser, meetUrl(meetCode()));
    expect(await first.headingText()).toBe(KIT.questions[0]);
    expect(await marksOf(first)).toContain('sidebar early screen');
    // Kept, so that the next call reads it with the rest of storage, and exactly the build's own
    // (public/first-screen/meet.json, written in jsdom): Chromium's React draws the same.
    expect(await comparedIn(first)).toBe('sidebar first screen stored');
    expect(canonicalJson((await stored())['firstScreen:meet'])).toBe(canonicalJson(JSON.parse(readFileSync(SHIPPED, 'utf8'))));
    // The first note creates the interview: the worker lists its meeting.
    await (await first.notesReady(1)).pressSequentially('Clear on statelessness.');
    await waitUntil('the interview listed', async () => ((await stored()).interviewedMeetings as string[]).includes(meetingKeyOf(first)));

    await suite.browser.restart();
    const second = await openSidebar(suite.browser, meetUrl(meetCode()));
    expect(await marksOf(second)).toContain('sidebar early screen');
    expect(await comparedIn(second)).toBe('sidebar first screen unchanged');
    expect(await second.headingText()).toBe(KIT.questions[0]);
    expect(await sight(second.heading)).toMatchObject({ inView: true, uncovered: true });
    // React's screen took over: it takes input, and moves on.
    await (await second.notesReady(1)).pressSequentially('Knows idempotency.');
    await second.next.click();
    await second.waitForQuestion(2, KIT.questions[1]);
  });

  test('in another layout, the one the last new call drew there is kept and painted', async () => {
    const before = await openSidebar(suite.browser, meetUrl(meetCode()));
    await before.frame.getByRole('button', { name: 'Compact view' }).click();
    await waitUntil('the compact layout stored', async () => (await stored())['layout:meet:compact'] === true);

    const compact = await openSidebar(suite.browser, meetUrl(meetCode()));
    expect(await marksOf(compact), 'none kept for the compact view yet').not.toContain('sidebar early screen');
    expect(await comparedIn(compact)).toBe('sidebar first screen stored');
    expect((await stored())['firstScreen:meet']).toMatchObject({ layout: { compact: true } });

    const next = await openSidebar(suite.browser, meetUrl(meetCode()));
    expect(await marksOf(next)).toContain('sidebar early screen');
    expect(await comparedIn(next)).toBe('sidebar first screen unchanged');
    expect(await next.headingText()).toBe(KIT.questions[0]);
    await next.frame.getByRole('button', { name: 'Compact view' }).click();
    await waitUntil('the full layout stored', async () => (await stored())['layout:meet:compact'] === false);
  });

  test('a call that has an interview is never painted from a stored screen, and the content script reads no storage', async () => {
    const url = meetUrl(meetCode());
    const view = await openSidebar(suite.browser, url);
    await (await view.notesReady(1)).pressSequentially('Knows REST.');
    await view.next.click();
    await view.waitForQuestion(2);
    await waitUntil('the interview listed', async () => ((await stored()).interviewedMeetings as string[]).includes(meetingKeyOf(view)));

    const again = await openSidebar(suite.browser, url);
    await again.waitForQuestion(2, KIT.questions[1]);
    expect(await marksOf(again)).not.toContain('sidebar early screen');
    await waitForValue(again.notes(2), '', 'the second question’s empty note');

    // storage.local holds kit text and meeting keys: closed to the content script, in the meeting page's renderer.
    expect(Object.keys(await stored())).toEqual(expect.arrayContaining(['standInSource', 'interviewedMeetings']));
    const read = await evaluateInContentScript<string>(
      again.page,
      suite.browser.extensionId,
      `(async () => { try { return JSON.stringify(Object.keys(await chrome.storage.local.get(null))); } catch (error) { return 'refused: ' + error.message; } })()`,
    );
    expect(read).toMatch(/^refused: /);

    // Chromium tells this unpacked extension "install" again on each start: it is no first install,
    // the database is there (lib/db/database.ts), and the call still opens on its own interview.
    await suite.browser.restart();
    const afterRestart = await openSidebar(suite.browser, url);
    await afterRestart.waitForQuestion(2, KIT.questions[1]);
    expect(await marksOf(afterRestart)).not.toContain('sidebar early screen');
    expect((await stored()).interviewedMeetings).toContain(meetingKeyOf(afterRestart));
  });
});
