import type { Frame, Page } from 'playwright-core';
import type { MeetingPlatform } from '../../lib/platforms';
import { platformOf } from '../../lib/platforms';
import { expect } from 'vitest';
import { SIDEBAR_FRAME_SELECTOR } from './chromium';
import { resizeSeparatorControl, showSidebarControl } from './page-controls';
import { waitUntil } from './wait';

export type Platform = MeetingPlatform;

/**
 * Each look-alike's own control bar and its buttons (each records its clicks in data-clicks), the
 * edge it sits on, and the iframe the call runs in when it is not the top document.
 */
export const CALL_CONTROLS: Record<Platform, { toolbar: string; buttons: string[]; frame?: string }> = {
  meet: {
    toolbar: 'Call controls',
    buttons: ['Leave call', 'Turn off microphone', 'Turn off camera', 'Chat with everyone', 'Show everyone'],
  },
  zoom: { toolbar: 'Meeting controls', buttons: ['Leave', 'Mute', 'Stop Video', 'Participants', 'Chat', 'Share Screen'] },
  teams: {
    toolbar: 'Meeting controls',
    buttons: ['Leave', 'Chat', 'People', 'Raise', 'React', 'View', 'More', 'Turn camera off', 'Mute mic', 'Share content'],
  },
  webex: {
    toolbar: 'Meeting controls',
    buttons: ['Leave meeting', 'Mute', 'Stop video', 'Share', 'Reactions', 'Participants', 'Chat'],
    frame: 'iframe#unified-webclient-iframe',
  },
};

/** Zoom with ?fromPWA=1 runs the call in iframe#webclient. */
export const ZOOM_WEBCLIENT_FRAME = 'iframe#webclient';

/** The iframe the call runs in on this page, if it is not the top document. */
export function callFrameOf(page: Page, platform: Platform): string | undefined {
  if (platform === 'zoom') return new URL(page.url()).searchParams.get('fromPWA') === '1' ? ZOOM_WEBCLIENT_FRAME : undefined;
  return CALL_CONTROLS[platform].frame;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The document the call runs in: the page, or the call's own iframe. */
export async function callDocument(page: Page, frameSelector: string | undefined): Promise<Frame> {
  if (!frameSelector) return page.mainFrame();
  const frame = await (await page.waitForSelector(frameSelector, { timeout: 10_000 })).contentFrame();
  if (!frame) throw new Error(`${frameSelector} has no document`);
  return frame;
}

/**
 * The checks of layout.e2e.test.ts, for any viewport and any sidebar layout: the call's control bar
 * sits at its edge of the viewport (top for Teams, bottom elsewhere); neither the sidebar frame nor
 * the content script's handles (Show sidebar, the resize separator) overlap it; at the centre of each
 * control the topmost element is the control (through the call's iframe where it has one: the
 * page's topmost element there is that iframe); and a real pointer click reaches it.
 */
export async function expectCallControlsUsable(page: Page, platform: Platform, state: string, frameSelector?: string): Promise<void> {
  const { toolbar, buttons } = CALL_CONTROLS[platform];
  const frameOf = frameSelector ?? callFrameOf(page, platform);
  const call = await callDocument(page, frameOf);
  const viewport = page.viewportSize()!;
  const where = `${platform}, ${state}, ${viewport.width}×${viewport.height}`;
  // Boxes of a frame's elements are given in the page's coordinates.
  const bar = await call.getByRole('toolbar', { name: toolbar }).boundingBox();
  expect(bar, `${where}: the call controls bar has a box`).not.toBeNull();
  if (platformOf(platform).controls.edge === 'top') expect(Math.round(bar!.y), `${where}: the bar sits at the top of the viewport`).toBe(0);
  else expect(Math.round(bar!.y + bar!.height), `${where}: the bar sits at the bottom of the viewport`).toBe(viewport.height);

  // Everything of ours that is displayed: the frame, and the content script's handles in their closed shadow root.
  const frame = await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el || getComputedStyle(el).display === 'none') return null;
    const { x, y, width, height } = el.getBoundingClientRect();
    return width && height ? { x, y, width, height } : null;
  }, SIDEBAR_FRAME_SELECTOR);
  const handles = [showSidebarControl(page), resizeSeparatorControl(page)];
  const ours = [
    { name: 'the sidebar frame', box: frame },
    ...(await Promise.all(handles.map(async (c) => ({ name: c.name, box: await c.boundingBox() })))),
  ].flatMap(({ name, box }) => (box ? [{ name, box }] : []));
  for (const { name, box } of ours) {
    expect(overlaps(box, bar!), `${where}: ${name} ${JSON.stringify(box)} overlaps the controls bar ${JSON.stringify(bar)}`).toBe(false);
  }

  const hits = await call.evaluate((names) => {
    return names.map((name) => {
      const el = document.querySelector(`button[aria-label="${name}"]`);
      if (!el) return { name, isControl: false, topmost: 'no such control', centre: null };
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {
        name,
        isControl: top === el || el.contains(top),
        topmost: top ? `<${top.tagName.toLowerCase()} title="${top.getAttribute('title') ?? ''}">` : null,
      };
    });
  }, buttons);
  for (const hit of hits) expect(hit.isControl, `${where}: the element at the centre of "${hit.name}" is ${hit.topmost}`).toBe(true);
  if (frameOf) {
    // In the page, what is at each control's centre is the call's iframe, not the sidebar or a handle.
    for (const name of buttons) {
      const box = (await call.getByRole('button', { name, exact: true }).boundingBox())!;
      const topmost = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.matches?.('iframe:not([title="Interview sidebar"])'),
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(topmost, `${where}: the page's element at the centre of "${name}" is the call's iframe`).toBe(true);
    }
  }

  for (const name of buttons) {
    const button = call.getByRole('button', { name, exact: true });
    const before = Number(await button.getAttribute('data-clicks'));
    // A real pointer click (Playwright refuses when another element would receive it).
    await button.click({ timeout: 5_000 });
    await waitUntil(
      `${where}: the page to record a click on "${name}"`,
      async () => Number(await button.getAttribute('data-clicks')) === before + 1,
      {
        timeout: 3_000,
      },
    );
  }
  // Meet's Chat opened its side panel: close it again, leaving the call as the test found it.
  const panel = page.getByRole('complementary', { name: 'In-call messages' });
  if (await panel.isVisible()) {
    await page.getByRole('button', { name: 'Chat with everyone', exact: true }).click();
    await panel.waitFor({ state: 'hidden', timeout: 3_000 });
  }
}

/**
 * Walks a look-alike from where `page` is into the call, as a person does: Meet's green room
 * (Join now), Teams' launcher and pre-join screen, Webex's pre-join screen in its iframe.
 */
export async function joinCall(page: Page, platform: Platform): Promise<void> {
  const click = async (doc: Page | Frame, name: string) => doc.getByRole('button', { name, exact: true }).click({ timeout: 10_000 });
  if (platform === 'meet') await click(page, 'Join now');
  if (platform === 'teams') {
    await click(page, 'Continue on this browser');
    await click(page, 'Join now');
  }
  if (platform === 'webex') await click(await callDocument(page, CALL_CONTROLS.webex.frame), 'Join meeting');
  const call = await callDocument(page, callFrameOf(page, platform));
  await call.getByRole('toolbar', { name: CALL_CONTROLS[platform].toolbar }).waitFor({ timeout: 10_000 });
}
