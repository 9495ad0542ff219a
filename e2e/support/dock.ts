import type { Locator, Page } from 'playwright-core';
import { SIDEBAR_FRAME_SELECTOR, sidebar } from './chromium';
import type { Box, Platform } from './call-controls';
import { resizeSeparatorControl, showSidebarControl, type PageControl } from './page-controls';
import type { StorageAccess } from './suite-storage';
import { waitUntil } from './wait';

/**
 * The sidebar's place on the page, as the user sees and moves it: the frame's box, the header
 * buttons inside the frame, and the content script's own controls on the page (in the closed
 * shadow root of <interview-sidebar-controls>, reached as a user does: e2e/support/page-controls.ts).
 */

/** Where and how the in-page sidebar sits (chrome.storage.local, one key per field: `layout:<platform>:<field>`). */
export interface Layout {
  collapsed: boolean;
  dock: 'left' | 'right';
  /** null: not chosen by the user, so it follows the window (a quarter of it, 360 to 480 px). */
  width: number | null;
  compact: boolean;
  /** Beside the call (the page makes room, the frame is full height) or over it (a floating panel). */
  mode: 'beside' | 'overlay';
}

export const DEFAULT_LAYOUT: Layout = { collapsed: false, dock: 'right', width: null, compact: false, mode: 'beside' };
/** The default width in the suite's 1280-px window (a quarter, at least 360). */
export const DEFAULT_WIDTH_1280 = 360;
/** The product's numbers, as the issue states them: gap to the viewport edges, compact height, width range, key step. */
export const DOCK = {
  /** Over the call only: the gap to the viewport edges. */
  inset: 8,
  /** Over the call only: kept free at the bottom for the call's controls. */
  controlsClearance: 96,
  compactHeight: 400,
  minWidth: 280,
  maxWidth: 720,
  keyStep: 16,
} as const;

const FIELDS = Object.keys(DEFAULT_LAYOUT) as (keyof Layout)[];
const fieldKey = (platform: Platform, field: keyof Layout) => `layout:${platform}:${field}`;

/** The stored layout fields of a platform (only those stored). */
export async function storedLayout(storage: StorageAccess, platform: Platform): Promise<Partial<Layout>> {
  const entries = await Promise.all(FIELDS.map(async (f) => [f, await storage.get(fieldKey(platform, f))] as const));
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/** Writes a whole layout the way the extension does, one key per field. */
export async function storeLayout(storage: StorageAccess, platform: Platform, layout: Layout): Promise<void> {
  await storage.set(Object.fromEntries(FIELDS.map((f) => [fieldKey(platform, f), layout[f]])));
}

/** Forgets the platform's layout, so the next page load shows the default. */
export async function resetLayout(storage: StorageAccess, ...platforms: Platform[]): Promise<void> {
  await storage.remove(...platforms.flatMap((p) => FIELDS.map((f) => fieldKey(p, f))));
}

/** The box the frame should have for `layout` in a viewport (null: not displayed). */
export function expectedFrameBox(layout: Layout, viewport: { width: number; height: number }): Box | null {
  if (layout.collapsed) return null;
  // The call keeps 160 px of the window over it, and 720 px (room for its control bar) beside it.
  const maxWidth = Math.max(DOCK.minWidth, Math.min(DOCK.maxWidth, viewport.width - (layout.mode === 'beside' ? 720 : 160)));
  const wanted = layout.width ?? Math.min(480, Math.max(360, Math.round(viewport.width / 4)));
  const width = Math.min(maxWidth, Math.max(DOCK.minWidth, wanted));
  if (layout.mode === 'beside') {
    return { x: layout.dock === 'left' ? 0 : viewport.width - width, y: 0, width, height: viewport.height };
  }
  const full = viewport.height - DOCK.inset - DOCK.controlsClearance;
  return {
    x: layout.dock === 'left' ? DOCK.inset : viewport.width - DOCK.inset - width,
    y: DOCK.inset,
    width,
    height: layout.compact ? Math.min(DOCK.compactHeight, full) : full,
  };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1;
export const sameBox = (a: Box | null, b: Box | null) =>
  a === null || b === null ? a === b : close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);

export class Dock {
  /** On the page: shown while the sidebar is hidden. */
  readonly showSidebar: PageControl;
  /** On the page: drag it, or focus it and press ArrowLeft/ArrowRight. */
  readonly separator: PageControl;

  constructor(readonly page: Page) {
    this.showSidebar = showSidebarControl(page);
    this.separator = resizeSeparatorControl(page);
  }

  get frameElement(): Locator {
    return this.page.locator(SIDEBAR_FRAME_SELECTOR);
  }
  get hideSidebar(): Locator {
    return sidebar(this.page).getByRole('button', { name: 'Hide sidebar' });
  }
  get compactView(): Locator {
    return sidebar(this.page).getByRole('button', { name: 'Compact view' });
  }
  get settings(): Locator {
    return sidebar(this.page).getByRole('button', { name: 'Keys: shortcuts and settings' });
  }
  get settingsHeading(): Locator {
    return sidebar(this.page).getByRole('heading', { name: 'Shortcuts and settings' });
  }
  dockRadio(side: 'Left' | 'Right'): Locator {
    return sidebar(this.page).getByRole('group', { name: 'Dock the sidebar' }).getByRole('radio', { name: side, exact: true });
  }

  /** The frame's box on the page, or null while it is not displayed (hidden). */
  async frameBox(): Promise<Box | null> {
    return this.frameElement.boundingBox({ timeout: 2_000 });
  }

  async frameDisplay(): Promise<string> {
    return this.frameElement.evaluate((f) => getComputedStyle(f).display);
  }

  /** Waits until the frame sits where `layout` puts it in the current viewport. */
  async waitForLayout(layout: Layout, what = 'the sidebar frame', timeout = 5_000): Promise<void> {
    const viewport = this.page.viewportSize()!;
    const expected = expectedFrameBox(layout, viewport);
    await waitUntil(
      `${what} to sit at ${JSON.stringify(expected)} (${JSON.stringify(layout)} in ${viewport.width}×${viewport.height})`,
      async () => sameBox(await this.frameBox(), expected),
      {
        timeout,
        describe: () => this.frameBox(),
      },
    );
  }

  /** Opens "Shortcuts and settings" from the header and waits for its heading. */
  async openSettings(): Promise<void> {
    await this.settings.click();
    await this.settingsHeading.waitFor({ state: 'visible', timeout: 5_000 });
  }
}

/** Waits until the stored layout of the platform has `expected`'s fields (the write has landed). */
export async function waitForStoredLayout(storage: StorageAccess, platform: Platform, expected: Partial<Layout>): Promise<void> {
  const read = () => storedLayout(storage, platform);
  await waitUntil(
    `the ${platform} layout in chrome.storage.local to hold ${JSON.stringify(expected)}`,
    async () => {
      const stored = await read();
      return Object.entries(expected).every(([k, v]) => stored[k as keyof Layout] === v);
    },
    { timeout: 5_000, describe: read },
  );
}
