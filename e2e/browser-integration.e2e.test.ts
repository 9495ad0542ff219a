/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { clickToolbarButton, pressBrowserShortcut } from './support/browser-control';
import { EXTENSION_DIR, sidebarFrame } from './support/chromium';
import { DEFAULT_LAYOUT, Dock, resetLayout } from './support/dock';
import { KIT, openSidebar, type SidebarView } from './support/sidebar';
import { setupStorage } from './support/suite-storage';
import { meetCode, meetUrl, setupSuite } from './support/suite';
import { normalize, waitForText, waitForValue, waitUntil } from './support/wait';
import { PLATFORM_LIST } from '../lib/platforms';

// The extension outside the page: browser-level shortcuts (manifest `commands`), the toolbar
// button, and the side panel page bound to the active tab.
const suite = setupSuite();
// Layouts are remembered per platform in the profile: every test starts from the defaults.
const storage = setupStorage(suite, async (storage) => {
  await resetLayout(storage, 'meet', 'zoom');
  await storage.remove('appearance');
});

/** The built manifest's `commands`: what the extension asks the browser for. */
const MANIFEST_COMMANDS = (
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    commands: Record<string, { description: string; suggested_key: { default: string } }>;
  }
).commands;
const SUGGESTED_KEYS = Object.fromEntries(Object.entries(MANIFEST_COMMANDS).map(([name, c]) => [name, c.suggested_key.default])) as Record<
  'toggle-sidebar' | 'next-question' | 'previous-question' | 'focus-notes',
  string
>;

/** The keys the browser assigned to the extension's commands (chrome.commands.getAll, in the worker). */
async function assignedShortcuts(): Promise<Record<string, string>> {
  const worker = suite.browser.serviceWorker();
  if (!worker) throw new Error('The extension service worker is not running.');
  const all = await worker.evaluate(() => chrome.commands.getAll());
  return Object.fromEntries(all.filter((c) => c.name && c.description).map((c) => [c.name!, c.shortcut ?? '']));
}

/**
 * Gives the meeting page itself the focus, as a click on the call does: the tab in front, the
 * pointer on the video stage (not the sidebar), and neither the sidebar frame nor a field focused.
 */
async function focusCallPage(page: Page): Promise<void> {
  await page.bringToFront();
  await page.getByRole('main', { name: 'Call' }).click({ position: { x: 40, y: 40 } });
  const focus = await page.evaluate(() => ({ hasFocus: document.hasFocus(), active: document.activeElement?.tagName }));
  expect(focus, 'the meeting page has the focus, on its body').toEqual({ hasFocus: true, active: 'BODY' });
}

/**
 * Records, in the background service worker, each command the browser delivers to the
 * extension. It adds a listener beside the extension's own (it changes nothing), so a test can
 * tell the key press reached `chrome.commands.onCommand`, not some handler in the page.
 */
async function recordCommands(): Promise<() => Promise<[string, string | undefined][]>> {
  const worker = suite.browser.serviceWorker();
  if (!worker) throw new Error('The extension service worker is not running.');
  await worker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { __e2eCommands?: [string, string | undefined][] };
    if (scope.__e2eCommands) return;
    scope.__e2eCommands = [];
    chrome.commands.onCommand.addListener((command, tab) => scope.__e2eCommands!.push([command, tab?.url]));
  });
  return () =>
    worker.evaluate(() => (globalThis as typeof globalThis & { __e2eCommands: [string, string | undefined][] }).__e2eCommands.splice(0));
}

describe('browser shortcuts (manifest commands), pressed while the meeting page has focus', () => {
  test('Alt+Shift+Period moves to the next question; Alt+Shift+Comma back (the manifest’s suggested keys)', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.waitForQuestion(1, KIT.questions[0]);
    const commands = await recordCommands();
    await focusCallPage(view.page);

    await pressBrowserShortcut(view.page, SUGGESTED_KEYS['next-question']);
    await view.waitForQuestion(2, KIT.questions[1]);
    expect(await commands(), 'the browser delivered the command with the meeting tab').toEqual([['next-question', view.page.url()]]);
    expect(await view.page.evaluate(() => document.hasFocus()), 'the call page keeps the focus').toBe(true);

    await pressBrowserShortcut(view.page, SUGGESTED_KEYS['previous-question']);
    await view.waitForQuestion(1, KIT.questions[0]);
    expect(await commands()).toEqual([['previous-question', view.page.url()]]);
  });

  test('the toggle shortcut hides and shows the sidebar', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const dock = new Dock(view.page);
    await focusCallPage(view.page);
    await pressBrowserShortcut(view.page, SUGGESTED_KEYS['toggle-sidebar']);
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true }, 'the sidebar to hide');
    await dock.showSidebar.waitFor({ state: 'visible', timeout: 5_000 });
    await pressBrowserShortcut(view.page, SUGGESTED_KEYS['toggle-sidebar']);
    await dock.waitForLayout(DEFAULT_LAYOUT, 'the sidebar to show again');
  });

  test('the browser gives every command its suggested key (none is taken by a shortcut of Chrome itself)', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    // What the user sees in "Shortcuts and settings": the keys the browser actually assigned.
    const dock = new Dock(view.page);
    await dock.openSettings();
    const table = view.frame.getByRole('table', { name: 'Browser shortcuts' });
    await table.getByRole('row').first().waitFor();
    const shown = Object.fromEntries(
      await table
        .locator('tr')
        .evaluateAll((rows) =>
          rows.map((row) => [row.querySelector('td')?.textContent?.trim(), row.querySelector('th')?.textContent?.trim()]),
        ),
    );
    const expected = Object.fromEntries(Object.entries(MANIFEST_COMMANDS).map(([, c]) => [c.description, c.suggested_key.default]));
    expect(
      shown,
      'the keys listed under "Anywhere in the browser" (Chrome leaves a suggested key unassigned when it is one of its own shortcuts)',
    ).toEqual(expected);
  });

  test('the focus-notes shortcut shows the hidden sidebar with the cursor in the notes box', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const dock = new Dock(view.page);
    await view.notesReady(1);
    const key = SUGGESTED_KEYS['focus-notes'];
    // Pressing a key the browser did not give the extension would run Chrome's own command
    // instead (Alt+Shift+N opens a split view), so check the assignment first.
    const assigned = await assignedShortcuts();
    expect(assigned['focus-notes'], `the browser's shortcut for focus-notes (suggested: ${key}); all: ${JSON.stringify(assigned)}`).toBe(
      key,
    );

    await dock.hideSidebar.click();
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true }, 'the sidebar to hide');
    await focusCallPage(view.page);
    await pressBrowserShortcut(view.page, key);
    await dock.waitForLayout(DEFAULT_LAYOUT, `${key} to show the sidebar`);
    const frame = await sidebarFrame(view.page);
    const focused = () =>
      frame.evaluate(() => ({
        hasFocus: document.hasFocus(),
        label: (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent,
      }));
    await waitUntil(
      'the notes box to have the focus',
      async () => {
        const f = await focused();
        return f.hasFocus && f.label === 'Notes for question 1';
      },
      { describe: focused },
    );
    // Typing now writes the note.
    await view.page.keyboard.type('Typed right after the shortcut');
    await waitForValue(view.notes(1), 'Typed right after the shortcut', 'the notes box');
  });
});

describe('toolbar button', () => {
  test('on a call it shows the hidden sidebar; on any other page it opens the kit library', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const dock = new Dock(view.page);
    await dock.hideSidebar.click();
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true }, 'the sidebar to hide');

    await clickToolbarButton(suite.browser, view.page);
    await dock.waitForLayout(DEFAULT_LAYOUT, 'the toolbar button to show the sidebar');
    await view.waitForQuestion(1, KIT.questions[0]);
    // Clicking again keeps it shown (it shows, it does not toggle). Writing the same value changes
    // nothing anyone can see, so the worker's storage writes are watched: once the click has
    // written its answer, the sidebar must still be shown.
    const worker = suite.browser.serviceWorker();
    if (!worker) throw new Error('The extension service worker is not running.');
    await worker.evaluate(() => {
      const local = chrome.storage.local;
      const set = local.set.bind(local);
      const writes: unknown[] = [];
      Object.assign(globalThis, { storageWrites: writes });
      local.set = ((items: Record<string, unknown>) => (writes.push(items), set(items))) as typeof local.set;
    });
    await clickToolbarButton(suite.browser, view.page);
    const answer = await waitUntil('the second click to write the layout', () =>
      worker.evaluate(() =>
        (globalThis as unknown as { storageWrites: Record<string, unknown>[] }).storageWrites.find((w) => 'layout:meet:collapsed' in w),
      ),
    );
    expect(answer, 'the second click writes "shown", not a toggle').toEqual({ 'layout:meet:collapsed': false });
    await dock.waitForLayout(DEFAULT_LAYOUT, 'the sidebar to stay shown');

    const elsewhere = await suite.browser.open('https://meet.google.com/landing');
    const opened = suite.browser.context.waitForEvent('page', { timeout: 10_000 });
    await clickToolbarButton(suite.browser, elsewhere);
    const dashboard = await opened;
    // A web page: the kit library opens with an offer to import that page (see kits.e2e.test.ts).
    await dashboard.waitForURL(new RegExp(`^chrome-extension://${suite.browser.extensionId}/dashboard\\.html#kits\\?page=\\d+$`), {
      timeout: 10_000,
    });
    await dashboard.getByRole('navigation', { name: 'Dashboard' }).waitFor({ timeout: 10_000 });
    expect(await dashboard.title()).toBe('Kit library · Interview Sidebar');
    await dashboard.close();
  });
});

/**
 * The browser's own side panel, open for this window or tab: `chrome.runtime.getContexts` in the
 * service worker lists it as a SIDE_PANEL context (headless Chromium shows no panel, but it loads
 * the page: sidePanel.open called straight from a toolbar click resolves, and the context appears).
 */
async function sidePanelContexts(): Promise<string[]> {
  const worker = suite.browser.serviceWorker();
  if (!worker) throw new Error('The extension service worker is not running.');
  return worker.evaluate(async () => {
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] });
    return contexts.map((c) => c.documentUrl ?? '');
  });
}

/** Closes any open side panel (one left open by another test would pass the next). */
async function closeSidePanels(): Promise<void> {
  const worker = suite.browser.serviceWorker();
  if (!worker) throw new Error('The extension service worker is not running.');
  await worker.evaluate(async () => {
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] });
    const sidePanel = chrome.sidePanel as typeof chrome.sidePanel & { close?: (o: { windowId?: number; tabId?: number }) => Promise<void> };
    // A panel opened for a tab reports that tab; the window's panel may report neither: close both ways.
    const targets = [
      ...contexts.filter((c) => c.tabId !== -1).map((c) => ({ tabId: c.tabId })),
      ...(await chrome.windows.getAll()).map((w) => ({ windowId: w.id })),
    ];
    for (const target of contexts.length ? targets : []) await sidePanel.close?.(target).catch(() => undefined);
  });
  await waitUntil('no side panel to be open', async () => (await sidePanelContexts()).length === 0, {
    timeout: 5_000,
    describe: sidePanelContexts,
  });
}

/** Unhandled promise rejections in the service worker from now on (e.g. an API refusing a call). */
async function recordWorkerRejections(): Promise<() => Promise<string[]>> {
  const worker = suite.browser.serviceWorker();
  if (!worker) throw new Error('The extension service worker is not running.');
  await worker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { __e2eRejections?: string[] };
    if (scope.__e2eRejections) return;
    scope.__e2eRejections = [];
    self.addEventListener('unhandledrejection', (event) => {
      const reason = (event as PromiseRejectionEvent).reason as { message?: string } | undefined;
      scope.__e2eRejections!.push(String(reason?.message ?? reason));
    });
  });
  return () => worker.evaluate(() => (globalThis as typeof globalThis & { __e2eRejections: string[] }).__e2eRejections.splice(0));
}

/** Waits for the side panel to open; fails at once, with the reason, when the worker's call was refused. */
async function waitForSidePanel(rejections: () => Promise<string[]>): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const panels = await sidePanelContexts();
    if (panels.some((url) => url.endsWith('/sidepanel.html'))) return;
    const refused = await rejections();
    if (refused.length || Date.now() > deadline) {
      throw new Error(
        `No side panel opened (open: ${JSON.stringify(panels)}); the service worker's unhandled rejections: ${JSON.stringify(refused)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('"Open the sidebar in: The browser’s side panel"', () => {
  // A side panel is the window's: left open, it would narrow the next test's tabs.
  beforeEach(closeSidePanels);
  afterEach(closeSidePanels);

  /** Chooses the side panel in "Shortcuts and settings", as the user does; the page's sidebar stays as it was. */
  async function chooseSidePanel(view: SidebarView): Promise<void> {
    await new Dock(view.page).openSettings();
    await view.frame.getByRole('group', { name: 'Open the sidebar in' }).getByRole('radio', { name: 'The browser’s side panel' }).click();
    await waitUntil(
      'the preference to be stored',
      async () => ((await storage.get('appearance')) as { surface?: string } | undefined)?.surface === 'side-panel',
    );
  }

  test('the toolbar button opens the browser’s side panel', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await chooseSidePanel(view);
    const rejections = await recordWorkerRejections();
    await clickToolbarButton(suite.browser, view.page);
    await waitForSidePanel(rejections);
  });

  test('the toggle shortcut opens the browser’s side panel', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await chooseSidePanel(view);
    const rejections = await recordWorkerRejections();
    await focusCallPage(view.page);
    await pressBrowserShortcut(view.page, SUGGESTED_KEYS['toggle-sidebar']);
    await waitForSidePanel(rejections);
  });
});

/** The side panel page (a top-level extension page): the same sidebar app, so the same roles and names. */
class PanelView {
  constructor(readonly page: Page) {}
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get position(): Locator {
    return this.page.getByText(/^\s*Question \d+ of \d+\s*$/);
  }
  notes(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Notes for question ${n}` });
  }
  async waitForQuestion(n: number, text: string): Promise<void> {
    await waitForText(this.position, `Question ${n} of ${KIT.questionCount}`, 'the side panel’s question position');
    await waitForText(this.heading, text, 'the side panel’s question heading');
  }
}

describe('side panel page', () => {
  test('shows the interview of the active meeting tab, live; a tab that is not a call gets the message', async () => {
    const notCall = new RegExp(`^This tab is not a ${PLATFORM_LIST} call`);
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    // Another tab of the same window, as the browser's side panel is beside every tab.
    const panelPage = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/sidepanel.html`);
    const panel = new PanelView(panelPage);
    // The panel's status line: what it says when it shows no interview.
    const panelText = async () =>
      normalize(
        (await panelPage
          .getByRole('status')
          .first()
          .textContent()
          .catch(() => '')) ?? '',
      );
    await waitUntil('the side panel, itself the active tab, to say it is not a call', async () => notCall.test(await panelText()), {
      describe: panelText,
    });

    await view.page.bringToFront();
    await panel.waitForQuestion(1, KIT.questions[0]);
    expect(normalize((await panel.heading.textContent()) ?? ''), 'the same question heading as the in-page sidebar').toBe(
      await view.headingText(),
    );

    // What happens in the page's sidebar shows in the side panel as it happens.
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);
    await panel.waitForQuestion(2, KIT.questions[1]);
    const note = 'Knows document and key-value stores; chose one for sessions.';
    await (await view.notesReady(2)).pressSequentially(note);
    await waitForValue(panel.notes(2), note, 'the side panel’s notes box');

    // A tab that is not a call, in front: the message.
    const landing = await suite.browser.open('https://meet.google.com/landing');
    await landing.bringToFront();
    await waitUntil('the side panel to say the active tab is not a call', async () => notCall.test(await panelText()), {
      describe: panelText,
    });

    // Back to the call: its interview again, where it was.
    await view.page.bringToFront();
    await panel.waitForQuestion(2, KIT.questions[1]);
    await waitForValue(panel.notes(2), note, 'the side panel’s notes box after switching back');
  });
});
