import { describe, expect, test } from 'vitest';
import { KIT, openSidebar } from './support/sidebar';
import { meetCode, meetUrl, setupSuite, zoomId, zoomUrl } from './support/suite';
import { normalize, waitUntil } from './support/wait';

const suite = setupSuite();

describe('the current question', () => {
  test('starts at question 1; Next goes to question 2, Previous comes back; Previous is disabled on the first', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await view.previous.isDisabled(), 'Previous on question 1').toBe(true);
    expect(await view.next.isEnabled(), 'Next on question 1').toBe(true);

    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);
    expect(await view.previous.isEnabled(), 'Previous on question 2').toBe(true);
    await view.notesReady(2);

    await view.previous.click();
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await view.previous.isDisabled(), 'Previous back on question 1').toBe(true);
    await view.notesReady(1);
  });

  test('a click on Next or Previous from the notes box lands: the footer keeps its place as the focus leaves the box', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const footer = view.frame.locator('.sidebar-footer');
    const notes = await view.notesReady(1);
    await notes.click();
    await notes.pressSequentially('Listening.');
    // Press and release are separate events; the focus leaves the box between them (a real click).
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);

    // A question not yet asked offers the most links on the footer's second row.
    await view.heading.click();
    const keysOn = await footer.boundingBox();
    await (await view.notesReady(2)).click();
    await view.frame.locator('.keys-state.keys-typing').waitFor();
    expect(await footer.boundingBox(), 'the footer while the notes have the focus, as when the keys are on').toEqual(keysOn);
    await view.previous.click();
    await view.waitForQuestion(1, KIT.questions[0]);
  });

  test('Next is disabled on the last question', async () => {
    const view = await openSidebar(suite.browser, zoomUrl(zoomId()));
    const seen = new Set<string>();
    for (let n = 1; n < KIT.questionCount; n++) {
      await view.waitForQuestion(n);
      seen.add(await view.headingText());
      await view.next.click();
    }
    await view.waitForQuestion(KIT.questionCount);
    seen.add(await view.headingText());
    expect(seen.size, 'every question has its own heading').toBe(KIT.questionCount);
    expect(await view.next.isDisabled(), 'Next on the last question').toBe(true);
    expect(await view.previous.isEnabled(), 'Previous on the last question').toBe(true);
  });

  test('shows the sample answer and the red flags', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.waitForQuestion(1, KIT.questions[0]);

    await view.sampleAnswer.waitFor({ state: 'visible' });
    const answer1 = normalize((await view.sampleAnswer.textContent()) ?? '');
    expect(answer1.length, `sample answer text: ${JSON.stringify(answer1)}`).toBeGreaterThan(40);

    await view.redFlags.waitFor({ state: 'visible' });
    const flags = view.redFlags.getByRole('listitem');
    const texts = (await flags.allTextContents()).map(normalize);
    expect(texts.length, 'red flags listed').toBeGreaterThan(0);
    for (const text of texts) expect(text.length, `red flag ${JSON.stringify(text)}`).toBeGreaterThan(5);
    expect(await flags.first().isVisible()).toBe(true);

    // The sample answer belongs to the question: it changes with it.
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);
    await waitUntil(
      'the sample answer to change with the question',
      async () => normalize((await view.sampleAnswer.textContent()) ?? '') !== answer1,
      { describe: () => view.sampleAnswer.textContent() },
    );
  });
});
