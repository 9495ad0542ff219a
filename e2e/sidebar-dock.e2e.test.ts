import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupStorage } from './support/suite-storage';
import { expectCallControlsUsable, type Platform } from './support/call-controls';
import { sidebarFrame, VIEWPORT } from './support/chromium';
import {
  DEFAULT_LAYOUT,
  DEFAULT_WIDTH_1280,
  DOCK,
  Dock,
  resetLayout,
  storedLayout,
  storeLayout,
  waitForStoredLayout,
  type Layout,
} from './support/dock';
import { KIT, openSidebar, SidebarView } from './support/sidebar';
import { meetCode, meetUrl, setupSuite, zoomId, zoomUrl } from './support/suite';
import { waitUntil } from './support/wait';

// Hide/show, resize, dock and compact view of the in-page sidebar, each remembered per platform
// across a reload, and the call's own controls usable in every layout.
const suite = setupSuite();
// Layouts are remembered per platform in the profile: every test starts from the defaults.
const storage = setupStorage(suite, (storage) => resetLayout(storage, 'meet', 'zoom'));

const FULL_HD = { width: 1920, height: 1080 };

/** Opens a Meet call with the sidebar showing its first question, at the default layout. */
async function openMeet(): Promise<{ view: SidebarView; dock: Dock }> {
  const view = await openSidebar(suite.browser, meetUrl(meetCode()));
  const dock = new Dock(view.page);
  await dock.waitForLayout(DEFAULT_LAYOUT, 'the sidebar at its default place');
  return { view, dock };
}

/**
 * Reloads the tab as F5 does and waits until the content script has placed the sidebar frame
 * again (it places it in the same task as it mounts it, so the first box is the remembered one).
 */
async function reload(dock: Dock): Promise<void> {
  const response = await dock.page.reload({ waitUntil: 'load' });
  expect(response?.ok(), `reloading ${dock.page.url()}`).toBe(true);
  await sidebarFrame(dock.page);
}

describe('hide and show', () => {
  test('Hide sidebar collapses the frame and the page shows "Show sidebar"; still collapsed after a reload; Show sidebar brings it back', async () => {
    const { view, dock } = await openMeet();
    expect(await dock.showSidebar.isVisible(), 'no Show sidebar handle while the sidebar shows').toBe(false);
    expect(await dock.separator.isVisible(), 'the resize separator shows beside the frame').toBe(true);

    await dock.hideSidebar.click();
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true }, 'the frame to be hidden');
    expect(await dock.frameDisplay()).toBe('none');
    await dock.showSidebar.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await dock.separator.isVisible(), 'no resize separator while hidden').toBe(false);
    const handle = (await dock.showSidebar.boundingBox())!;
    expect(Math.round(handle.x + handle.width), `the Show sidebar handle ${JSON.stringify(handle)} is at the right edge`).toBe(
      VIEWPORT.width,
    );
    await waitForStoredLayout(storage, 'meet', { collapsed: true });

    await reload(dock);
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true }, 'the frame to stay hidden after the reload');
    expect(await dock.frameDisplay()).toBe('none');
    await dock.showSidebar.waitFor({ state: 'visible', timeout: 5_000 });

    await dock.showSidebar.click();
    await dock.waitForLayout(DEFAULT_LAYOUT, 'the frame to show again');
    await dock.showSidebar.waitFor({ state: 'hidden', timeout: 5_000 });
    await view.waitForQuestion(1, KIT.questions[0]);
    await waitForStoredLayout(storage, 'meet', { collapsed: false });
    await reload(dock);
    await dock.waitForLayout(DEFAULT_LAYOUT, 'the frame to stay shown after the reload');
  });
});

describe('resize', () => {
  test('by keyboard: ArrowLeft/ArrowRight on the focused separator change the width by 16 px, down to 280 px; kept after a reload', async () => {
    const { dock } = await openMeet();
    const step = async (key: 'ArrowLeft' | 'ArrowRight', width: number, what: string) => {
      await dock.page.keyboard.press(key);
      await dock.waitForLayout({ ...DEFAULT_LAYOUT, width }, what);
      await waitForStoredLayout(storage, 'meet', { width });
    };
    await dock.separator.focus();
    // Presses back to back, as a held arrow key makes them: every one counts (the storage echo of
    // an earlier step must not undo a later one).
    for (let i = 0; i < 5; i++) await dock.page.keyboard.press('ArrowLeft');
    const widest = DEFAULT_WIDTH_1280 + 5 * DOCK.keyStep;
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, width: widest }, 'five presses back to back to widen the frame by 5 × 16 px');
    await waitForStoredLayout(storage, 'meet', { width: widest });
    expect(await dock.separator.getAttribute('aria-valuenow')).toBe(String(widest));
    const width = widest - DOCK.keyStep;
    await step('ArrowRight', width, 'ArrowRight to narrow the frame by 16 px');

    await reload(dock);
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, width }, 'the width to be kept after the reload');

    // Near the minimum, a step stops at 280 px.
    await storeLayout(storage, 'meet', { ...DEFAULT_LAYOUT, width: DOCK.minWidth + 8 });
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, width: DOCK.minWidth + 8 });
    await dock.separator.focus();
    await step('ArrowRight', DOCK.minWidth, 'ArrowRight to stop at the minimum width');
    await step('ArrowRight', DOCK.minWidth, 'ArrowRight at the minimum to change nothing');
    expect(await dock.separator.getAttribute('aria-valuemin')).toBe(String(DOCK.minWidth));
    expect(await dock.separator.getAttribute('aria-valuemax')).toBe(String(DOCK.maxWidth));
  });

  test('by dragging the separator with the pointer; kept after a reload; never wider than the call allows', async () => {
    const { dock } = await openMeet();
    const drag = async (toX: number) => {
      const handle = (await dock.separator.boundingBox())!;
      const y = handle.y + handle.height / 2;
      await dock.page.mouse.move(handle.x + handle.width / 2, y);
      await dock.page.mouse.down();
      await dock.page.mouse.move(toX, y, { steps: 8 });
      await dock.page.mouse.up();
    };
    // The frame's inner edge follows the pointer: width = viewport − pointer x (beside the call, no gap).
    await drag(760);
    const width = VIEWPORT.width - 760;
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, width }, 'the drag to move the frame’s inner edge to the pointer');
    expect(
      await dock.frameElement.evaluate((f) => getComputedStyle(f).pointerEvents),
      'the frame takes the pointer again after the drag',
    ).toBe('auto');
    await waitForStoredLayout(storage, 'meet', { width });

    await reload(dock);
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, width }, 'the dragged width to be kept after the reload');
    // The sidebar inside still works at the new width.
    await new SidebarView(dock.page).waitForQuestion(1, KIT.questions[0]);

    await drag(40);
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, width: DOCK.maxWidth }, 'a drag past the maximum to stop where the call keeps 720 px');
    expect((await dock.frameBox())?.width).toBe(VIEWPORT.width - 720);
  });
});

describe('dock', () => {
  test('Left in "Shortcuts and settings" docks the frame at the left edge; kept after a reload; the handles follow', async () => {
    const { dock } = await openMeet();
    await dock.openSettings();
    expect(await dock.dockRadio('Right').isChecked()).toBe(true);
    // A click, as a person does (the radio follows the stored layout once the write lands).
    await dock.dockRadio('Left').click();
    const left: Layout = { ...DEFAULT_LAYOUT, dock: 'left' };
    await dock.waitForLayout(left, 'the frame at the left edge');
    const frame = (await dock.frameBox())!;
    const separator = (await dock.separator.boundingBox())!;
    // Beside the call the separator lies on the frame's own inner (right) edge, never over the call.
    expect(
      Math.abs(separator.x + separator.width - (frame.x + frame.width)),
      `the separator ${JSON.stringify(separator)} ends at the frame's inner (right) edge ${JSON.stringify(frame)}`,
    ).toBeLessThanOrEqual(1);
    await waitForStoredLayout(storage, 'meet', { dock: 'left' });

    await reload(dock);
    await dock.waitForLayout(left, 'the frame to stay at the left edge after the reload');
    await dock.openSettings();
    // (The settings read the stored layout when they open.)
    await waitUntil('the settings to show the remembered dock (Left checked)', () => dock.dockRadio('Left').isChecked());

    await dock.hideSidebar.click();
    await dock.showSidebar.waitFor({ state: 'visible', timeout: 5_000 });
    expect((await dock.showSidebar.boundingBox())!.x, 'the Show sidebar handle is at the left edge').toBe(0);
  });
});

describe('compact view', () => {
  test('Compact view shows only the question, the rating and the notes; kept after a reload; off again', async () => {
    const { view, dock } = await openMeet();
    expect(await dock.compactView.getAttribute('aria-pressed')).toBe('false');
    await view.sampleAnswer.waitFor();

    await dock.compactView.click();
    const compact: Layout = { ...DEFAULT_LAYOUT, compact: true };
    await dock.waitForLayout(compact, 'the compact frame (full height beside the call)');
    const expectCompactContent = async () => {
      // The sidebar reads the stored layout once it has loaded: until then (a moment after a
      // reload) it shows "Opening the interview…", then the full view, then the compact one.
      await view.heading.waitFor({ state: 'visible' });
      await waitUntil('Compact view to be pressed', async () => (await dock.compactView.getAttribute('aria-pressed')) === 'true');
      await waitUntil('the compact view to drop the sample answer', async () => (await view.sampleAnswer.count()) === 0);
      expect(await view.headingText()).toBe(KIT.questions[0]);
      expect(await (await view.notesReady(1)).isVisible(), 'the notes box shows').toBe(true);
      // The rating stays, so a rating key pressed in compact view shows what it did.
      expect(await view.rating.isVisible(), 'the rating shows').toBe(true);
      for (const [name, part] of [
        ['red flags', view.redFlags],
        ['candidate name', view.candidateName],
      ] as const) {
        expect(await part.count(), `compact view has no ${name}`).toBe(0);
      }
      // Both the question and the notes fit in the short frame.
      const frame = (await dock.frameBox())!;
      for (const part of [view.heading, view.notes(1)]) {
        const box = (await part.boundingBox())!;
        expect(box.y + box.height, `${JSON.stringify(box)} within the compact frame ${JSON.stringify(frame)}`).toBeLessThanOrEqual(
          frame.y + frame.height,
        );
      }
    };
    await expectCompactContent();
    await waitForStoredLayout(storage, 'meet', { compact: true });

    await reload(dock);
    await dock.waitForLayout(compact, 'the frame to stay compact after the reload');
    await expectCompactContent();

    await dock.compactView.click();
    await dock.waitForLayout(DEFAULT_LAYOUT, 'the full-height frame again');
    await view.sampleAnswer.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await dock.compactView.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('window size', () => {
  test('a window narrowed below the stored width shrinks the frame to fit, without a reload', async () => {
    const { dock } = await openMeet();
    const widest = { ...DEFAULT_LAYOUT, width: DOCK.maxWidth };
    await storeLayout(storage, 'meet', widest);
    await dock.waitForLayout(widest, 'the widest sidebar in a 1280 px window');
    expect((await dock.frameBox())?.width, 'beside the call in 1280 px, the call keeps 720 px').toBe(560);
    // An 1100 px window leaves 380 px for the sidebar; only the resize event tells.
    await dock.page.setViewportSize({ width: 1100, height: 720 });
    await dock.waitForLayout(widest, 'the sidebar fitted to an 1100 px window');
    expect((await dock.frameBox())?.width, 'the frame in an 1100 px window').toBe(380);
  });
});

describe('per platform', () => {
  test('a layout chosen on Meet does not move the sidebar on Zoom', async () => {
    const { dock } = await openMeet();
    await dock.compactView.click();
    await waitForStoredLayout(storage, 'meet', { compact: true });
    await dock.hideSidebar.click();
    await waitForStoredLayout(storage, 'meet', { compact: true, collapsed: true });
    const zoom = new Dock((await openSidebar(suite.browser, zoomUrl(zoomId()))).page);
    await zoom.waitForLayout(DEFAULT_LAYOUT, 'the Zoom sidebar at its default place');
    expect(await storedLayout(storage, 'zoom'), 'nothing stored for Zoom').toEqual({});
  });
});

describe('the call’s bottom controls stay clickable in every layout (1280×720 and 1920×1080)', () => {
  const STATES: [string, Layout][] = [
    ['expanded', DEFAULT_LAYOUT],
    ['hidden', { ...DEFAULT_LAYOUT, collapsed: true }],
    ['widest', { ...DEFAULT_LAYOUT, width: DOCK.maxWidth }],
    ['docked left', { ...DEFAULT_LAYOUT, dock: 'left' }],
    ['compact', { ...DEFAULT_LAYOUT, compact: true }],
    ['compact, widest, docked left', { collapsed: false, dock: 'left', width: DOCK.maxWidth, compact: true, mode: 'beside' }],
    ['hidden, docked left', { ...DEFAULT_LAYOUT, collapsed: true, dock: 'left' }],
    ['over the call', { ...DEFAULT_LAYOUT, mode: 'overlay' }],
    [
      'over the call, compact (shorter), widest, docked left',
      { collapsed: false, dock: 'left', width: DOCK.maxWidth, compact: true, mode: 'overlay' },
    ],
  ];

  test.each([
    ['meet', () => meetUrl(meetCode())],
    ['zoom', () => zoomUrl(zoomId())],
  ] as [Platform, () => string][])('%s', async (platform, url) => {
    const page: Page = (await openSidebar(suite.browser, url())).page;
    const dock = new Dock(page);
    for (const viewport of [VIEWPORT, FULL_HD]) {
      await page.setViewportSize(viewport);
      for (const [name, layout] of STATES) {
        // The same path as the header buttons and the separator: a write to the stored layout,
        // which the content script hears and applies.
        await storeLayout(storage, platform, layout);
        await dock.waitForLayout(layout, `the ${name} sidebar`);
        await expectCallControlsUsable(page, platform, name);
      }
    }
  });
});
