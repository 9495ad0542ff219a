import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { KIT, openSidebar } from './support/sidebar';
import { meetCode, meetUrl, setupSuite, zoomId, zoomUrl } from './support/suite';
import { waitForValue } from './support/wait';

const suite = setupSuite();

// Typed fast (no delay between keys), so a keystroke often lands while the previous one is still
// being saved: the case where text can be left behind in the closing tab.
const NOTE = 'Explained resources, verbs and statelessness; gave a caching example!';
// The loss is a race, so each variant closes right after typing several times.
const ROUNDS = 3;

describe('notes survive closing the tab at once', () => {
  for (const [variant, close] of [
    ['page.close()', (page: Page) => page.close()],
    ['page.close({ runBeforeUnload: true })', (page: Page) => page.close({ runBeforeUnload: true })],
  ] as const) {
    test(`${variant} right after the last keystroke keeps the whole note (${ROUNDS} rounds)`, async () => {
      for (let round = 1; round <= ROUNDS; round++) {
        const url = round % 2 ? meetUrl(meetCode()) : zoomUrl(zoomId());
        const note = `${NOTE} (round ${round})`;
        const view = await openSidebar(suite.browser, url);
        const box = await view.notesReady(1);
        await box.pressSequentially(note);
        await close(view.page);

        const reopened = await openSidebar(suite.browser, url);
        await reopened.waitForQuestion(1, KIT.questions[0]);
        await waitForValue(await reopened.notesReady(1), note, `round ${round}: the reopened note of question 1 on ${url}`, {
          timeout: 5_000,
        });
        await reopened.page.close();
      }
    });
  }
});

describe('resuming an interview', () => {
  test('reopening the meeting resumes at the same question with its note; another meeting starts fresh', async () => {
    const url = meetUrl(meetCode());
    const view = await openSidebar(suite.browser, url);
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);
    await view.next.click();
    await view.waitForQuestion(3);
    const question3 = await view.headingText();
    expect(KIT.questions).not.toContain(question3);
    const box = await view.notesReady(3);
    await box.pressSequentially('Parameterised queries, least privilege.');
    await view.page.close();

    const reopened = await openSidebar(suite.browser, url);
    await reopened.waitForQuestion(3, question3);
    await waitForValue(await reopened.notesReady(3), 'Parameterised queries, least privilege.', 'the note of question 3');
    // The earlier questions' notes are untouched.
    await reopened.previous.click();
    await reopened.waitForQuestion(2, KIT.questions[1]);
    await waitForValue(await reopened.notesReady(2), '', 'the note of question 2');

    const other = await openSidebar(suite.browser, meetUrl(meetCode()));
    await other.waitForQuestion(1, KIT.questions[0]);
    await waitForValue(await other.notesReady(1), '', 'the note of a new meeting');
  });

  test('the same meeting open in two tabs shows one interview, kept in step', async () => {
    const url = meetUrl(meetCode());
    const first = await openSidebar(suite.browser, url);
    const second = await openSidebar(suite.browser, url);
    await first.next.click();
    await second.waitForQuestion(2, KIT.questions[1]);
    await (await first.notesReady(2)).pressSequentially('Documents and key-value stores.');
    await waitForValue(second.notes(2), 'Documents and key-value stores.', 'the note seen in the other tab');
  });

  test('the interview survives a browser restart', async () => {
    const url = zoomUrl(zoomId());
    const view = await openSidebar(suite.browser, url);
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);
    await (await view.notesReady(2)).pressSequentially('Knows document stores.');
    // Confirm it is stored (another tab reads it back from the database) before quitting.
    const check = await openSidebar(suite.browser, url);
    await waitForValue(check.notes(2), 'Knows document stores.', 'the note read back in a second tab');

    await suite.browser.restart();

    const reopened = await openSidebar(suite.browser, url);
    await reopened.waitForQuestion(2, KIT.questions[1]);
    await waitForValue(await reopened.notesReady(2), 'Knows document stores.', 'the note after a restart');
  });
});
