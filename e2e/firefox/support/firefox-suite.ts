/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';
import { ARTIFACTS_DIR } from '../../support/suite';
import { launchFirefox, openTab, type FirefoxLaunch } from './firefox';
import { startMeetingProxy, type MeetingProxy } from './meeting-proxy';

export interface FirefoxSuite {
  server: FixtureServer;
  proxy: MeetingProxy;
  firefox: FirefoxLaunch;
  browser: Browser;
  /** Opens a tab at `url` (closed after the test) and waits for its load event. */
  open(url: string): Promise<Page>;
  /** Adopts a tab the test did not open itself (e.g. one a link opened), to close it after the test. */
  track(page: Page): Page;
  /** What the tabs printed, for a failing test's report. */
  logs: string[];
}

/**
 * One fixture server, one meeting proxy and one Firefox per test file (the shared fixture pages,
 * as the Chromium suite uses). Tabs are closed after each test; a failing test prints what the
 * pages logged and leaves screenshots in e2e/.artifacts/.
 */
export function setupFirefoxSuite(extraPrefs: Record<string, unknown> = {}): FirefoxSuite {
  const pages = new Set<Page>();
  const suite = { logs: [] as string[] } as FirefoxSuite;
  const track = (page: Page) => {
    pages.add(page);
    page.on('console', (m) => suite.logs.push(`${page.url()}: ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => suite.logs.push(`${page.url()}: uncaught: ${String(e)}`));
    return page;
  };
  suite.track = track;
  suite.open = async (url) => track(await openTab(suite.browser, url));

  beforeAll(async () => {
    suite.server = await startFixtureServer();
    suite.proxy = await startMeetingProxy(suite.server.port);
    suite.firefox = await launchFirefox(suite.proxy.port, extraPrefs);
    suite.browser = suite.firefox.browser;
  });

  beforeEach(() => {
    suite.logs.length = 0;
  });

  afterEach(async ({ task }) => {
    const open = [...pages].filter((p) => !p.isClosed());
    if (task.result?.state === 'fail') {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const name = `firefox-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 70)}`;
      for (const [i, page] of open.entries()) {
        await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${i}.png`) }).catch(() => undefined);
      }
      console.error(`--- Firefox output during "${task.name}" ---\n${suite.logs.join('\n') || '(nothing)'}\n--- end ---`);
    }
    await Promise.all(open.map((p) => p.close().catch(() => undefined)));
    pages.clear();
  });

  afterAll(async () => {
    await suite.firefox?.close();
    await suite.proxy?.close();
    await suite.server?.close();
  });

  return suite;
}
