/// <reference types="node" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ExtensionWorkerControl, markWorkerRealm, waitForNewWorkerRealm } from './support/service-worker';
import { setupStorage } from './support/suite-storage';
import { sidebarFrame, VIEWPORT } from './support/chromium';
import { DEFAULT_LAYOUT, Dock, resetLayout } from './support/dock';
import { KIT, openSidebar, SidebarView } from './support/sidebar';
import { meetCode, meetUrl, README_SHOTS_DIR, setupSuite } from './support/suite';
import { waitUntil } from './support/wait';

// Light and dark: the sidebar follows the system unless the user picks a theme, and the
// README's screenshots of each state.
const suite = setupSuite();
// Appearance is one setting for every surface; layouts are per platform.
const storage = setupStorage(suite, async (storage) => {
  await storage.remove('appearance');
  await resetLayout(storage, 'meet');
});

/** What the sidebar frame's document looks like: its scheme, theme attributes and colours. */
function frameLook(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    return {
      prefersDark: matchMedia('(prefers-color-scheme: dark)').matches,
      theme: root.dataset.theme ?? null,
      textSize: root.dataset.textSize ?? null,
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      fontSize: getComputedStyle(root).fontSize,
    };
  });
}

// theme.css: --bg is light-dark(#ffffff, #1f1f1f); --fg light-dark(#1f2328, #e3e3e3).
const LIGHT = { background: 'rgb(255, 255, 255)', text: 'rgb(31, 35, 40)' };
const DARK = { background: 'rgb(31, 31, 31)', text: 'rgb(227, 227, 227)' };

async function waitForLook(frame: Frame, expected: Partial<Awaited<ReturnType<typeof frameLook>>>, what: string): Promise<void> {
  await waitUntil(
    what,
    async () => {
      const look = await frameLook(frame);
      return Object.entries(expected).every(([k, v]) => look[k as keyof typeof look] === v);
    },
    { timeout: 5_000, describe: () => frameLook(frame) },
  );
}

describe('themes', () => {
  test('with no theme chosen the sidebar frame follows the system: light, then dark, then light again', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const frame = await sidebarFrame(view.page);
    await view.page.emulateMedia({ colorScheme: 'light' });
    await waitForLook(frame, { prefersDark: false, theme: null, ...LIGHT }, 'the light scheme in the frame');
    await view.page.emulateMedia({ colorScheme: 'dark' });
    await waitForLook(frame, { prefersDark: true, theme: null, ...DARK }, 'the frame to turn dark with the system');
    await view.page.emulateMedia({ colorScheme: 'light' });
    await waitForLook(frame, { prefersDark: false, theme: null, ...LIGHT }, 'the frame to turn light again');
  });

  test('Dark in "Shortcuts and settings" sets data-theme=dark over a light system, kept after a reload; so is the text size', async () => {
    let view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.page.emulateMedia({ colorScheme: 'light' });
    const dock = new Dock(view.page);
    await dock.openSettings();
    const theme = view.frame.getByRole('group', { name: 'Theme' });
    expect(await theme.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
    await theme.getByRole('radio', { name: 'Dark' }).click();
    await view.frame.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Large' }).click();
    let frame = await sidebarFrame(view.page);
    await waitForLook(frame, { theme: 'dark', textSize: 'large', fontSize: '16px', ...DARK }, 'the frame to be dark and large');

    const response = await view.page.reload({ waitUntil: 'load' });
    expect(response?.ok()).toBe(true);
    view = new SidebarView(view.page);
    await view.heading.waitFor({ timeout: 10_000 });
    frame = await sidebarFrame(view.page);
    await waitForLook(
      frame,
      { theme: 'dark', textSize: 'large', prefersDark: false, ...DARK },
      'the chosen theme and size after the reload',
    );
    await dock.openSettings();
    await waitUntil('the settings to show the chosen theme (Dark checked)', () =>
      view.frame.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).isChecked(),
    );

    // Back to following the system.
    await view.frame.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Follow the system' }).click();
    await waitForLook(frame, { theme: null, ...LIGHT }, 'the frame to follow the (light) system again');
  });
});

describe('an appearance an earlier build stored', () => {
  test('the worker of the new build migrates it: whole and versioned in storage, and the sidebar opens dark and large', async () => {
    const first = await openSidebar(suite.browser, meetUrl(meetCode()));
    const worker = await ExtensionWorkerControl.attach(suite.browser, first.page);
    try {
      // As the last build before versions wrote it (before the "on a call" setting): the value alone.
      await storage.remove('appearance$');
      await storage.set({ appearance: { theme: 'dark', textSize: 'large', surface: 'page' } });
      // An update starts a new worker: so does a stop, and the next sidebar wakes it.
      const mark = await markWorkerRealm(suite.browser);
      await worker.stop();
      const view = await openSidebar(suite.browser, meetUrl(meetCode()));
      await waitForNewWorkerRealm(suite.browser, mark);
      await view.page.emulateMedia({ colorScheme: 'light' });
      const frame = await sidebarFrame(view.page);
      await waitForLook(frame, { theme: 'dark', textSize: 'large', fontSize: '16px', ...DARK }, 'the stored theme and size');
      const whole = [{ theme: 'dark', textSize: 'large', surface: 'page', callStart: 'open' }, { v: 2 }];
      await waitUntil(
        'the stored appearance to be whole, at version 2',
        async () => isDeepStrictEqual([await storage.get('appearance'), await storage.get('appearance$')], whole),
        { timeout: 5_000, describe: async () => [await storage.get('appearance'), await storage.get('appearance$')] },
      );
    } finally {
      await worker.detach();
    }
  });
});

describe('README screenshots (1280×720, Meet)', () => {
  // Into an ignored folder: `npm test` leaves the tracked docs/ as it is (npm run docs:screenshots copies).
  const docs = README_SHOTS_DIR;

  /** Fails unless every part is inside `container`'s box (the frame, or the viewport). */
  async function expectInView(
    parts: [string, Pick<Locator, 'boundingBox'>][],
    container: { x: number; y: number; width: number; height: number },
  ) {
    for (const [name, part] of parts) {
      const box = await part.boundingBox({ timeout: 5_000 });
      expect(box, `the ${name} has a box (is displayed)`).not.toBeNull();
      const inside =
        box!.x >= container.x - 1 &&
        box!.y >= container.y - 1 &&
        box!.x + box!.width <= container.x + container.width + 1 &&
        box!.y + box!.height <= container.y + container.height + 1;
      expect(inside, `the ${name} ${JSON.stringify(box)} is in view in ${JSON.stringify(container)}`).toBe(true);
    }
  }

  async function shoot(page: Page, name: string): Promise<void> {
    mkdirSync(docs, { recursive: true });
    const path = join(docs, name);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1'), 'PNG signature').toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, `${name} size`).toEqual(VIEWPORT);
  }

  test('writes sidebar-light.png, sidebar-dark.png, sidebar-compact.png, sidebar-collapsed.png and dashboard.png', async () => {
    const view = await openSidebar(suite.browser, meetUrl('abc-defg-hij'));
    const page = view.page;
    const dock = new Dock(page);
    expect(page.viewportSize()).toEqual(VIEWPORT);
    await view.waitForQuestion(1, KIT.questions[0]);
    await view.candidateName.fill('Alex Candidate');
    await view.candidateName.press('Enter');
    const notes = await view.notesReady(1);
    await notes.fill('Expanded the acronym at once; explained resources and stateless requests with an example.');
    await notes.blur();
    await view.sampleAnswer.waitFor();
    await view.frame.locator('body').evaluate(() => document.fonts.ready.then(() => document.getElementById('root')?.scrollTo(0, 0)));
    const frameBox = async () => (await dock.frameBox())!;

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await waitForLook(await sidebarFrame(page), scheme === 'dark' ? DARK : LIGHT, `the ${scheme} sidebar`);
      await expectInView(
        [
          ['question heading', view.heading],
          ['sample answer', view.sampleAnswer],
          ['rating', view.rating],
          ['notes box', notes],
        ],
        await frameBox(),
      );
      await shoot(page, `sidebar-${scheme}.png`);
    }

    await page.emulateMedia({ colorScheme: 'light' });
    await dock.compactView.click();
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, compact: true });
    await waitUntil('the compact view', async () => (await view.sampleAnswer.count()) === 0);
    await expectInView(
      [
        ['question heading', view.heading],
        ['rating', view.rating],
        ['notes box', notes],
      ],
      await frameBox(),
    );
    await shoot(page, 'sidebar-compact.png');
    await dock.compactView.click();
    await dock.waitForLayout(DEFAULT_LAYOUT);

    await dock.hideSidebar.click();
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true });
    await expectInView([['Show sidebar handle', dock.showSidebar]], { x: 0, y: 0, ...VIEWPORT });
    await shoot(page, 'sidebar-collapsed.png');
    await dock.showSidebar.click();
    await dock.waitForLayout(DEFAULT_LAYOUT);

    const dashboard = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/dashboard.html#kits`);
    await dashboard.emulateMedia({ colorScheme: 'light' });
    // The library with the bundled kit open in the editor.
    await dashboard.getByRole('button', { name: new RegExp(`^${KIT.title}`) }).click();
    const editorHeading = dashboard.getByRole('heading', { level: 1, name: KIT.title });
    await editorHeading.waitFor({ timeout: 10_000 });
    await expectInView(
      [
        ['Kit library heading', dashboard.getByRole('heading', { name: 'Kit library' })],
        ['bundled kit in the list', dashboard.getByRole('list').getByRole('listitem', { name: KIT.title })],
        ['open kit’s title', editorHeading],
        ['New kit button', dashboard.getByRole('button', { name: 'New kit' })],
      ],
      { x: 0, y: 0, ...VIEWPORT },
    );
    await shoot(dashboard, 'dashboard.png');
  });
});
