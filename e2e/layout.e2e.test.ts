/// <reference types="node" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SIDEBAR_FRAME_SELECTOR, VIEWPORT } from './support/chromium';
import { KIT, openSidebar } from './support/sidebar';
import { meetCode, meetUrl, README_SHOTS_DIR, setupSuite, zoomId, zoomUrl } from './support/suite';
import { waitUntil } from './support/wait';
import { callDocument, expectCallControlsUsable, ZOOM_WEBCLIENT_FRAME } from './support/call-controls';

const suite = setupSuite();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Checks each control: visible, the topmost element at its centre, and clickable by a real pointer. */
async function expectControlsUsable(page: Page, names: string[], toolbarName: string) {
  const sidebarBox = await page.locator(SIDEBAR_FRAME_SELECTOR).boundingBox();
  expect(sidebarBox, 'the sidebar frame has a box').not.toBeNull();
  const toolbarBox = await page.getByRole('toolbar', { name: toolbarName }).boundingBox();
  expect(toolbarBox, 'the call controls bar has a box').not.toBeNull();
  expect(Math.round(toolbarBox!.y + toolbarBox!.height), 'the bar sits at the bottom of the viewport').toBe(VIEWPORT.height);
  expect(
    overlaps(sidebarBox!, toolbarBox!),
    `sidebar ${JSON.stringify(sidebarBox)} overlaps the controls bar ${JSON.stringify(toolbarBox)}`,
  ).toBe(false);

  for (const name of names) {
    const button = page.getByRole('button', { name, exact: true });
    expect(await button.isVisible(), `${name} is visible`).toBe(true);
    const hit = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {
        isControl: top === el || el.contains(top),
        topmost: top ? `<${top.tagName.toLowerCase()} title="${top.getAttribute('title') ?? ''}">` : null,
      };
    });
    expect(hit.isControl, `the element at the centre of "${name}" is ${hit.topmost}`).toBe(true);

    // A real pointer click (Playwright refuses when another element would receive it).
    const before = Number(await button.getAttribute('data-clicks'));
    await button.click({ trial: false, timeout: 5_000 });
    await waitUntil(`the page to record a click on "${name}"`, async () => Number(await button.getAttribute('data-clicks')) === before + 1);
  }
}

/**
 * Beside the call: the sidebar is a column at the right edge from the top to the bottom of the
 * window, and the call (its control bar included) lays out in the width that is left.
 */
async function expectSidebarColumn(page: Page, toolbarName: string, call: Page | Frame = page) {
  const sidebarBox = await page.locator(SIDEBAR_FRAME_SELECTOR).boundingBox();
  const toolbarBox = await call.getByRole('toolbar', { name: toolbarName }).boundingBox();
  expect(sidebarBox, 'the sidebar frame has a box').not.toBeNull();
  expect(toolbarBox, 'the call controls bar has a box').not.toBeNull();
  const box = sidebarBox!;
  const described = `sidebar frame box ${JSON.stringify(box)} in a ${VIEWPORT.width}×${VIEWPORT.height} viewport, controls bar top at ${toolbarBox!.y}`;
  expect(box.width, `${described}: width`).toBeGreaterThanOrEqual(280);
  expect(box.x + box.width, `${described}: right edge near the viewport's`).toBeGreaterThan(VIEWPORT.width - 40);
  expect(box.y, `${described}: top`).toBe(0);
  expect(box.height, `${described}: height`).toBe(VIEWPORT.height);
  expect(toolbarBox!.x + toolbarBox!.width, `${described}: the controls bar ends where the sidebar starts`).toBeLessThanOrEqual(
    box.x + 0.5,
  );
}

describe('the call stays usable with the sidebar mounted (1280×720)', () => {
  test('Meet: leave, microphone, camera and the right-hand controls', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    expect(view.page.viewportSize()).toEqual(VIEWPORT);
    await expectControlsUsable(
      view.page,
      ['Leave call', 'Turn off microphone', 'Turn off camera', 'Chat with everyone', 'Show everyone'],
      'Call controls',
    );
    expect(await view.page.evaluate(() => document.body.dataset.lastControl)).toBe('Show everyone');
  });

  test('Meet: the sidebar is a full-height column at the right edge, the controls bar beside it', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await expectSidebarColumn(view.page, 'Call controls');
  });

  test('Zoom: the sidebar is a full-height column at the right edge, the controls bar beside it', async () => {
    const view = await openSidebar(suite.browser, zoomUrl(zoomId()));
    // The call runs in the shell's iframe#webclient: its bar is laid out in the width left to it.
    await expectSidebarColumn(view.page, 'Meeting controls', await callDocument(view.page, ZOOM_WEBCLIENT_FRAME));
  });

  test('Zoom: Leave (bottom-right, under the sidebar’s column), Mute, Stop Video', async () => {
    const view = await openSidebar(suite.browser, zoomUrl(zoomId()));
    // In iframe#webclient: the same checks inside the frame, and the page's topmost element at each control is that frame.
    await expectCallControlsUsable(view.page, 'zoom', 'beside the call');
  });
});

describe('README screenshot', () => {
  test('writes screenshot-meet.png (npm run docs:screenshots copies it to docs/): the Meet call with the sidebar at 1280×720', async () => {
    const view = await openSidebar(suite.browser, meetUrl('abc-defg-hij'));
    await view.waitForQuestion(1, KIT.questions[0]);
    await view.sampleAnswer.waitFor();
    await view.redFlags.waitFor();
    const box = await view.notesReady(1);
    await box.fill('Expanded the acronym at once; explained resources and stateless requests with an example.');
    await view.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await view.frame.locator('body').evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));

    // Only a picture that shows the sidebar's main parts is worth writing over the README's.
    const frameBox = await view.page.locator(SIDEBAR_FRAME_SELECTOR).boundingBox();
    for (const [name, part] of [
      ['question heading', view.heading],
      ['sample answer', view.sampleAnswer],
      ['notes box', box],
    ] as const) {
      const partBox = await part.boundingBox();
      expect(partBox, `the ${name} has a box`).not.toBeNull();
      expect(
        partBox!.y >= frameBox!.y && partBox!.y + partBox!.height <= frameBox!.y + frameBox!.height,
        `the ${name} (${JSON.stringify(partBox)}) is in view in the sidebar frame (${JSON.stringify(frameBox)})`,
      ).toBe(true);
    }

    const docs = README_SHOTS_DIR;
    mkdirSync(docs, { recursive: true });
    const path = join(docs, 'screenshot-meet.png');
    await view.page.screenshot({ path, animations: 'disabled', caret: 'hide' });

    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1'), 'PNG signature').toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(VIEWPORT);
  });
});
