/// <reference types="node" />
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { join } from 'node:path';
import {
  chromiumArgs,
  createProfile,
  EXTENSION_DIR,
  findChromium,
  REPO_ROOT,
  SIDEBAR_FRAME_SELECTOR,
  VIEWPORT,
} from '../../e2e/support/chromium';
import { MEET_HOST } from '../../e2e/support/fixture-server';
import { waitUntil } from '../../e2e/support/wait';

/** One extension under test: the project's build or the floor. */
export interface Candidate {
  name: string;
  dir: string;
  /** Whether it has a service worker to wait for after a fresh install. */
  hasWorker: boolean;
}

/** The project's build (.output/chrome-mv3), as the e2e suite loads it. */
export const SIDEBAR: Candidate = { name: 'sidebar', dir: EXTENSION_DIR, hasWorker: true };
/** The floor (bench/floor/): a content script that appends a frame of a static page, nothing else. */
export const FLOOR: Candidate = { name: 'floor', dir: join(REPO_ROOT, 'bench/floor'), hasWorker: false };

/** Chromium as the e2e suite launches it (host rules, third-party cookies blocked), with `dir` loaded. */
export async function launch(candidate: Candidate, port: number, userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: VIEWPORT,
    args: chromiumArgs(candidate.dir, port),
  });
  await context.addInitScript({ path: new URL('./frame-probe.js', import.meta.url).pathname });
  return context;
}

/** A fresh profile (third-party cookies blocked) and a way to remove it. */
export function freshProfile(): { dir: string; remove: () => void } {
  const dir = createProfile(1);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Waits until the extension is installed: its service worker has run its script (its listeners
 * registered; onInstalled comes next). The worker's target appears before that: a fresh worker
 * took 220-390 ms more to reach its main function (measured with marks on this machine), and a
 * call opened meanwhile timed the worker's first start, not a sidebar after installing.
 */
export async function waitForWorker(context: BrowserContext): Promise<void> {
  const ours = () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const worker =
    ours() ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 }));
  // Evaluated once the script's first run has ended (a string: tsx's helpers do not exist in the worker).
  await worker.evaluate('true');
}

/** The sidebar frame of `page` once its extension document is there. */
export async function sidebarFrameOf(page: Page, timeout = 15_000): Promise<Frame> {
  const element = page.locator(SIDEBAR_FRAME_SELECTOR);
  await element.waitFor({ state: 'attached', timeout });
  const handle = await element.elementHandle({ timeout });
  return waitUntil(
    'the sidebar frame to load',
    async () => {
      const frame = await handle?.contentFrame();
      return frame?.url().startsWith('chrome-extension://') ? frame : undefined;
    },
    { timeout, interval: 5 },
  );
}

/**
 * Milliseconds from the meeting page's navigation start to the first paint of the question
 * (the element marked `elementtiming="question"` in both the sidebar and the floor).
 */
export async function timeToQuestion(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const frame = await sidebarFrameOf(page);
  const painted = await waitUntil(
    'the question to be painted',
    () => frame.evaluate(() => (window as unknown as { __questionPaintedAt: Promise<number> }).__questionPaintedAt).catch(() => undefined),
    { timeout: 15_000, interval: 5 },
  );
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  return painted - pageOrigin;
}

/** A new Meet meeting URL per call: `https://meet.google.com/<prefix>-aaaa-run`, `…-aaab-run`, … */
export function meetingUrls(prefix: string): () => string {
  let n = 0;
  const letters = (i: number) => [3, 2, 1, 0].map((p) => String.fromCharCode(97 + (Math.floor(i / 26 ** p) % 26))).join('');
  return () => `https://${MEET_HOST}/${prefix}-${letters(n++)}-run`;
}

/**
 * How long the first browser session goes on after its call's question is painted, for both
 * candidates: a real call lasts minutes, and what the sidebar keeps for the next call (its first
 * screen, stored when the frame is idle; the worker's housekeeping, 2 s after it opens the
 * database, entrypoints/background.ts) is written meanwhile.
 */
export const FIRST_SESSION_LINGER_MS = 6_000;
export const linger = () => new Promise((resolve) => setTimeout(resolve, FIRST_SESSION_LINGER_MS));

/**
 * The browser as `npm run bench:load` has it for a call "after a restart": `candidate` installed in
 * the profile at `profileDir`, a first call (at `firstUrl`) that lingers, then the browser closed
 * and launched again on that profile. Returns the relaunched browser.
 */
export async function restartedAfterFirstCall(
  candidate: Candidate,
  port: number,
  profileDir: string,
  firstUrl: string,
): Promise<BrowserContext> {
  const first = await launch(candidate, port, profileDir);
  if (candidate.hasWorker) await waitForWorker(first);
  await timeToQuestion(await first.newPage(), firstUrl);
  await linger();
  await first.close();
  return launch(candidate, port, profileDir);
}

/**
 * One candidate in a fresh profile: installed, then its first call timed; the browser restarted
 * on that profile, then another call timed. Milliseconds to the question for each.
 */
export async function timeFreshThenRestart(
  candidate: Candidate,
  port: number,
  nextUrl: () => string,
): Promise<{ fresh: number; restart: number }> {
  const profile = freshProfile();
  try {
    const times = { fresh: NaN, restart: NaN };
    for (const phase of ['fresh', 'restart'] as const) {
      const context = await launch(candidate, port, profile.dir);
      if (phase === 'fresh' && candidate.hasWorker) await waitForWorker(context);
      times[phase] = await timeToQuestion(await context.newPage(), nextUrl());
      if (phase === 'fresh') await linger();
      await context.close();
    }
    return times;
  } finally {
    profile.remove();
  }
}
