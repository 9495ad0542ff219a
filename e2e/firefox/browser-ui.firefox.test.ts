/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KIT } from '../support/sidebar';
import { meetCode, meetUrl } from '../support/suite';
import { normalize, waitUntil } from '../support/wait';
import { openDashboardFromSidebar, sidebarActionByClick, sidebarActionText } from './support/extension-pages';
import { FIREFOX_EXTENSION_DIR } from './support/firefox';
import { openSidebar } from './support/firefox-sidebar';
import { setupFirefoxSuite } from './support/firefox-suite';
import { PLATFORM_LIST } from '../../lib/platforms';

const suite = setupFirefoxSuite();

const MANIFEST_COMMANDS = (
  JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    commands: Record<string, { description: string; suggested_key: { default: string } }>;
  }
).commands;

describe('the browser’s sidebar (sidebar_action) in Firefox', () => {
  test('shows the active meeting tab’s interview, live; a tab that is not a call gets the message', async () => {
    const view = await openSidebar(suite.open, meetUrl(meetCode()));
    const dashboard = suite.track(await openDashboardFromSidebar(suite.browser, view));
    await dashboard.bringToFront();
    await sidebarActionByClick(dashboard, 'open');
    try {
      const panel = async () => normalize((await sidebarActionText(dashboard)) ?? '(no sidebar open)');
      // The dashboard tab is in front: not a call.
      await waitUntil(
        'the panel to say the active tab is not a call',
        async () => (await panel()).includes(`This tab is not a ${PLATFORM_LIST} call`),
        {
          describe: panel,
        },
      );

      await view.page.bringToFront();
      await waitUntil(
        'the panel to show the meeting’s question 1',
        async () => (await panel()).includes(`Question 1 of ${KIT.questionCount} `),
        { describe: panel },
      );
      expect(await panel()).toContain(KIT.questions[0]);

      // What happens in the page's sidebar shows in the panel as it happens.
      await view.click('button', 'Next question');
      await waitUntil('the panel to follow to question 2', async () => (await panel()).includes(KIT.questions[1]), { describe: panel });
      expect(await panel()).toContain(`Question 2 of ${KIT.questionCount}`);

      await dashboard.bringToFront();
      await waitUntil(
        'the panel to say the active tab is not a call again',
        async () => (await panel()).includes(`This tab is not a ${PLATFORM_LIST} call`),
        {
          describe: panel,
        },
      );
    } finally {
      await dashboard.bringToFront();
      await sidebarActionByClick(dashboard, 'close');
    }
  });
});

describe('browser shortcuts (manifest commands) in Firefox', () => {
  test('Firefox gives every command its suggested key', async () => {
    const view = await openSidebar(suite.open, meetUrl(meetCode()));
    const dashboard = suite.track(await openDashboardFromSidebar(suite.browser, view));
    const assigned = await dashboard.evaluate(async () => {
      type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
      const all = await (globalThis as unknown as { browser: Commands }).browser.commands.getAll();
      return Object.fromEntries(all.map((c) => [c.name, c.shortcut]));
    });
    const suggested = Object.fromEntries(Object.entries(MANIFEST_COMMANDS).map(([name, c]) => [name, c.suggested_key.default]));
    expect(Object.keys(suggested)).toHaveLength(4);
    expect(assigned).toEqual(suggested);
  });

  test('the in-page sidebar lists them under “Shortcuts and settings”', async () => {
    const view = await openSidebar(suite.open, meetUrl(meetCode()));
    await view.click('button', 'Keys: shortcuts and settings');
    const table = await view.find('table', 'Browser shortcuts');
    const rows = () => table.$$eval('tr', (trs) => trs.map((tr) => [...tr.cells].map((cell) => cell.textContent?.trim()).join(' ')));
    await waitUntil('the browser shortcuts to be listed', async () => (await rows()).length === 4, { describe: rows });
    expect(await rows()).toEqual(Object.values(MANIFEST_COMMANDS).map((c) => `${c.suggested_key.default} ${c.description}`));
  });
});
