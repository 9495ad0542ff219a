/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { ExtensionBrowser, REPO_ROOT } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const ARTIFACTS_DIR = join(REPO_ROOT, 'e2e', '.artifacts');
/** The README's pictures as the suite takes them; `npm run docs:screenshots` copies them to docs/. */
export const README_SHOTS_DIR = join(ARTIFACTS_DIR, 'readme');

export interface Suite {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * One fixture server and one browser for the test file. After each test its pages are closed;
 * when a test failed, the browser's console output (pages, sidebar frames, service worker) is
 * printed and the open pages are saved as screenshots in e2e/.artifacts.
 */
export function setupSuite(): Suite {
  const suite = {} as Suite;
  let testStarted = 0;

  beforeAll(async () => {
    suite.server = await startFixtureServer();
    suite.browser = await ExtensionBrowser.launch({ port: suite.server.port });
  });

  beforeEach(() => {
    testStarted = Date.now();
  });

  afterEach(async ({ task }) => {
    if (!suite.browser) return;
    if (task.result?.state === 'fail') {
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const shots = await Promise.all(
        suite.browser.openPages().map(async (page, i) => {
          const path = join(ARTIFACTS_DIR, `${name}-${i}.png`);
          return page
            .screenshot({ path, timeout: 5_000 })
            .then(() => path)
            .catch(() => undefined);
        }),
      );
      console.error(
        [
          `--- browser output during "${task.name}" ---`,
          suite.browser.logsSince(testStarted) || '(nothing)',
          ...shots.filter(Boolean).map((p) => `screenshot: ${p}`),
          '--- end of browser output ---',
        ].join('\n'),
      );
    }
    await suite.browser.closePages();
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });

  return suite;
}

/** A Meet code no other test uses (xxx-xxxx-xxx, letters only). */
export function meetCode(): string {
  const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `${letters(3)}-${letters(4)}-${letters(3)}`;
}

/** A Zoom meeting id no other test uses. */
export function zoomId(): string {
  return String(80_000_000_000 + Math.floor(Math.random() * 9_999_999_999));
}

export const meetUrl = (code: string) => `https://meet.google.com/${code}`;
/**
 * Where Zoom's invite leads: the web client's shell page (?fromPWA=1), whose call runs in the
 * same-origin iframe#webclient under cross-origin isolation.
 */
export const zoomUrl = (id: string) => `https://app.zoom.us/wc/${id}/join?fromPWA=1`;
/** The web client with the call in the top document (fromPWA=0 or none). */
export const zoomTopDocumentUrl = (id: string) => `https://app.zoom.us/wc/${id}/join`;
