import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SIDEBAR_FRAME_SELECTOR } from './chromium';
import { waitUntil } from './wait';

export type Platform = 'meet' | 'zoom';

/** The call's own bottom bar on each fixture, and its buttons (each records its clicks in data-clicks). */
export const CALL_CONTROLS: Record<Platform, { toolbar: string; buttons: string[] }> = {
  meet: {
    toolbar: 'Call controls',
    buttons: ['Leave call', 'Turn off microphone', 'Turn off camera', 'Chat with everyone', 'Show everyone'],
  },
  zoom: { toolbar: 'Meeting controls', buttons: ['Leave', 'Mute', 'Stop Video', 'Participants', 'Chat', 'Share Screen'] },
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The checks of layout.e2e.test.ts, for any viewport and any sidebar layout: the call's bottom bar
 * sits at the bottom of the viewport; neither the sidebar frame nor the content script's handles
 * (Show sidebar, the resize separator) overlap it; at the centre of each control the topmost
 * element is the control; and a real pointer click reaches it.
 */
export async function expectCallControlsUsable(page: Page, platform: Platform, state: string): Promise<void> {
  const { toolbar, buttons } = CALL_CONTROLS[platform];
  const viewport = page.viewportSize()!;
  const where = `${platform}, ${state}, ${viewport.width}×${viewport.height}`;
  const bar = await page.getByRole('toolbar', { name: toolbar }).boundingBox();
  expect(bar, `${where}: the call controls bar has a box`).not.toBeNull();
  expect(Math.round(bar!.y + bar!.height), `${where}: the bar sits at the bottom of the viewport`).toBe(viewport.height);

  // Everything of ours that is displayed: the frame, and the content script's handles in their shadow root.
  const ours = await page.evaluate((frameSelector) => {
    const host = document.querySelector('interview-sidebar-controls');
    const elements: [string, Element | null | undefined][] = [
      ['the sidebar frame', document.querySelector(frameSelector)],
      ['the Show sidebar handle', host?.shadowRoot?.querySelector('button[aria-label="Show sidebar"]')],
      ['the resize separator', host?.shadowRoot?.querySelector('[role=separator]')],
    ];
    return elements.flatMap(([name, el]) => {
      if (!el || getComputedStyle(el).display === 'none') return [];
      const { x, y, width, height } = el.getBoundingClientRect();
      return width && height ? [{ name, box: { x, y, width, height } }] : [];
    });
  }, SIDEBAR_FRAME_SELECTOR);
  for (const { name, box } of ours) {
    expect(overlaps(box, bar!), `${where}: ${name} ${JSON.stringify(box)} overlaps the controls bar ${JSON.stringify(bar)}`).toBe(false);
  }

  const hits = await page.evaluate((names) => {
    return names.map((name) => {
      const el = document.querySelector(`button[aria-label="${name}"]`);
      if (!el) return { name, isControl: false, topmost: 'no such control' };
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

  for (const name of buttons) {
    const button = page.getByRole('button', { name, exact: true });
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
