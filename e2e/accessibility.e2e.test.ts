/// <reference types="node" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, isSerious, scanWithAxe, type AxeScan } from './support/axe';
import { ExtensionStorage } from './support/browser-control';
import { sidebarFrame } from './support/chromium';
import { DEFAULT_LAYOUT, Dock, resetLayout } from './support/dock';
import { KIT, openSidebar, type SidebarView } from './support/sidebar';
import { ARTIFACTS_DIR, meetCode, meetUrl, setupSuite } from './support/suite';
import { waitUntil } from './support/wait';
import { PLATFORM_LIST } from '../lib/platforms';

// Automated accessibility checks (axe-core) of every surface in light and dark, and focus that
// follows the user when the sidebar's view changes.
const suite = setupSuite();
const SCHEMES = ['light', 'dark'] as const;
/** Every scan of the file, written to e2e/.artifacts/axe-report.txt with the moderate and minor findings too. */
const allScans: AxeScan[] = [];
let storage: ExtensionStorage;

beforeAll(async () => {
  storage = await ExtensionStorage.open(suite.browser);
  await resetLayout(storage, 'meet');
  await storage.remove('appearance');
});
afterAll(async () => {
  await storage?.close();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, 'axe-report.txt'), `${formatViolations(allScans) || 'no violations'}\n`);
});

/** Scans each target in both colour schemes; fails listing every serious or critical violation. */
async function expectNoSeriousViolations(page: Page, targets: [string, () => Promise<AxeScan>][]): Promise<void> {
  const scans: AxeScan[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [, scan] of targets) {
      const result = await scan();
      result.what += ` (${scheme})`;
      scans.push(result);
    }
  }
  allScans.push(...scans);
  const serious = formatViolations(scans, isSerious);
  expect(serious, `serious or critical axe violations:\n${serious}`).toBe('');
}

async function openView(view: SidebarView, button: string, heading: string): Promise<void> {
  await view.frame.getByRole('button', { name: button, exact: true }).click();
  await view.frame.getByRole('heading', { name: heading }).waitFor({ state: 'visible', timeout: 5_000 });
}

/** The focused element in the sidebar frame: tag, text and whether it is <body>. */
function focusIn(frame: Frame) {
  return frame.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim().slice(0, 60), isBody: el === document.body || el === null };
  });
}

describe('axe-core: no serious or critical violations, light and dark', () => {
  test('in-page sidebar: question, wrap-up and help views; the content script’s controls on the page', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.notesReady(1);
    const frame = await sidebarFrame(view.page);
    const dock = new Dock(view.page);
    const handles = [['interview-sidebar-controls']];
    await expectNoSeriousViolations(view.page, [
      ['question', () => scanWithAxe(frame, 'sidebar: question view')],
      [
        'running clock',
        async () => {
          // Running, the clocks are drawn (components/clock-text.tsx): images named by their time.
          if (await view.frame.getByRole('button', { name: 'Start interview' }).isVisible())
            await view.frame.getByRole('button', { name: 'Start interview' }).click();
          await view.timer.getByRole('img', { name: /^\d\d:\d\d$/ }).waitFor({ timeout: 5_000 });
          return scanWithAxe(frame, 'sidebar: question view, clock running');
        },
      ],
      ['resize separator', () => scanWithAxe(view.page.mainFrame(), 'page: resize separator', handles)],
      [
        'wrap-up',
        async () => {
          await openView(view, 'Wrap up', 'Wrap-up');
          return scanWithAxe(frame, 'sidebar: wrap-up view');
        },
      ],
      [
        'help',
        async () => {
          await openView(view, 'Keys: shortcuts and settings', 'Shortcuts and settings');
          await view.frame.getByRole('table', { name: 'Browser shortcuts' }).getByRole('row').first().waitFor();
          const scan = await scanWithAxe(frame, 'sidebar: shortcuts and settings view');
          await view.frame.getByRole('button', { name: '← Back to questions' }).click();
          return scan;
        },
      ],
      [
        'show handle',
        async () => {
          await dock.hideSidebar.click();
          await dock.showSidebar.waitFor({ state: 'visible', timeout: 5_000 });
          const scan = await scanWithAxe(view.page.mainFrame(), 'page: Show sidebar handle', handles);
          await dock.showSidebar.click();
          await dock.waitForLayout(DEFAULT_LAYOUT);
          return scan;
        },
      ],
    ]);
  });

  test('side panel page: the active call’s interview, and the message on another tab', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const panel = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/sidepanel.html`);
    const landing = await suite.browser.open('https://meet.google.com/landing');
    const show = async (tab: Page, text: RegExp) => {
      await tab.bringToFront();
      await panel.getByText(text).first().waitFor({ timeout: 10_000 });
    };
    await expectNoSeriousViolations(panel, [
      [
        'interview',
        async () => {
          await show(view.page, /^Question 1 of \d+$/);
          await panel.getByRole('textbox', { name: 'Notes for question 1' }).waitFor();
          return scanWithAxe(panel.mainFrame(), 'side panel: interview');
        },
      ],
      [
        'not a call',
        async () => {
          await show(landing, new RegExp(`^This tab is not a ${PLATFORM_LIST} call`));
          return scanWithAxe(panel.mainFrame(), 'side panel: not a call');
        },
      ],
    ]);
  });

  test('dashboard: kit library, interviews, backup and settings', async () => {
    const dashboard = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/dashboard.html`);
    const sections = [
      ['kits', 'Kit library'],
      ['interviews', 'Interviews'],
      ['backup', 'Backup and restore'],
      ['settings', 'Settings'],
    ] as const;
    await expectNoSeriousViolations(dashboard, [
      ...sections.map(([id, label]): [string, () => Promise<AxeScan>] => [
        id,
        async () => {
          await dashboard.goto(`chrome-extension://${suite.browser.extensionId}/dashboard.html#${id}`);
          await waitUntil(
            `the dashboard to show its ${label} section`,
            async () => (await dashboard.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')) === 'page',
          );
          await dashboard.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 5_000 });
          // Lists load over the live port; let them settle before scanning.
          await dashboard.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 5_000 });
          return scanWithAxe(dashboard.mainFrame(), `dashboard: #${id}`);
        },
      ]),
      [
        'kit editor',
        async () => {
          await dashboard.goto(`chrome-extension://${suite.browser.extensionId}/dashboard.html#kits`);
          await dashboard.getByRole('button', { name: /^Backend Engineer/ }).click();
          await dashboard.getByRole('heading', { level: 1, name: 'Backend Engineer' }).waitFor({ timeout: 5_000 });
          return scanWithAxe(dashboard.mainFrame(), 'dashboard: #kits with the bundled kit open');
        },
      ],
    ]);
  });
});

describe('focus follows the view', () => {
  test('Wrap up focuses the "Wrap-up" heading; Shortcuts and settings focuses its heading; Back does not drop focus to the body', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.notesReady(1);
    const frame = await sidebarFrame(view.page);

    await view.wrapUp.click();
    await view.wrapUpHeading.waitFor();
    await waitUntil('the Wrap-up heading to have the focus', async () => (await focusIn(frame)).text === 'Wrap-up', {
      describe: () => focusIn(frame),
    });
    expect(await focusIn(frame)).toMatchObject({ tag: 'h1', isBody: false });

    await view.frame.getByRole('button', { name: 'Keys: shortcuts and settings' }).click();
    await waitUntil(
      'the Shortcuts and settings heading to have the focus',
      async () => (await focusIn(frame)).text === 'Shortcuts and settings',
      {
        describe: () => focusIn(frame),
      },
    );
    expect(await focusIn(frame)).toMatchObject({ tag: 'h1', isBody: false });

    // Keyboard users go back with the button; the focus must land somewhere in the sidebar, not on <body>.
    await view.frame.getByRole('button', { name: '← Back to questions' }).focus();
    await view.page.keyboard.press('Enter');
    await view.waitForQuestion(1);
    // It lands on the question's heading, the first thing to read again (components/sidebar/interview-view.tsx).
    await waitUntil(
      'the question heading to have the focus after "Back to questions"',
      async () => {
        const focus = await focusIn(frame);
        return focus.tag === 'h1' && focus.text === KIT.questions[0];
      },
      { describe: () => focusIn(frame) },
    );
  });
});
