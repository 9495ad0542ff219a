/// <reference types="node" />
/// <reference types="chrome" />
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type FrameLocator, type Page, type Worker } from 'playwright-core';
import { FIXTURE_HOSTS } from './fixture-server';
import { waitUntil } from './wait';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The built extension under test; E2E_EXTENSION_DIR points the suite at another build. */
export const EXTENSION_DIR = resolve(process.env.E2E_EXTENSION_DIR || join(REPO_ROOT, '.output', 'chrome-mv3'));
export const SIDEBAR_FRAME_SELECTOR = 'iframe[title="Interview sidebar"]';
export const VIEWPORT = { width: 1280, height: 720 };

/** Where Chromium is looked for, after the CHROMIUM_PATH environment variable. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];

/** Finds a Chromium build on this machine; the tests cannot download one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    }
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    [
      'The end-to-end tests need Chromium on this machine, and none was found.',
      `Looked at: ${CHROMIUM_CANDIDATES.join(', ')} (and the CHROMIUM_PATH environment variable).`,
      'Install it with:  apt-get update && apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
      '(`npx playwright install` is not used: browser downloads are not available here.)',
    ].join('\n'),
  );
}

/** The built extension; fails with the command to run when it has not been built. */
export function builtExtensionDir(dir: string = EXTENSION_DIR): string {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`The extension is not built: ${manifest} is missing. Run \`npx wxt build\` first (or \`npm run test:e2e\`).`);
  }
  return dir;
}

/** A new Chromium profile with the cookie mode written before first launch (1 = block third-party). */
export function createProfile(cookieControlsMode = 1): string {
  const userDataDir = mkdtempSync(join(tmpdir(), 'interview-sidebar-e2e-'));
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: cookieControlsMode } }));
  return userDataDir;
}

export function readProfilePreferences(userDataDir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(userDataDir, 'Default', 'Preferences'), 'utf8')) as Record<string, unknown>;
}

export function chromiumArgs(extensionDir: string, port: number): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${FIXTURE_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ')}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export interface LaunchOptions {
  /** The fixture server's port. */
  port: number;
  /** Reuse a profile (a restart); a fresh one is made otherwise. */
  userDataDir?: string;
  cookieControlsMode?: number;
}

export interface LogLine {
  at: number;
  source: string;
  text: string;
}

/**
 * Chromium with the built extension, on a profile of its own. One per test file: tests open
 * pages with `newPage` (closed by `closePages` after each test) and can `restart` the browser
 * on the same profile to check what survives.
 */
export class ExtensionBrowser {
  /** Everything the pages, their frames and the service worker printed, for failure reports. */
  readonly logs: LogLine[] = [];
  private readonly pages = new Set<Page>();
  private removeProfileOnClose: boolean;

  private constructor(
    public context: BrowserContext,
    public extensionId: string,
    readonly userDataDir: string,
    private readonly options: LaunchOptions,
    removeProfileOnClose: boolean,
  ) {
    this.removeProfileOnClose = removeProfileOnClose;
  }

  static async launch(options: LaunchOptions): Promise<ExtensionBrowser> {
    const userDataDir = options.userDataDir ?? createProfile(options.cookieControlsMode ?? 1);
    const { context, extensionId } = await startContext(userDataDir, options.port);
    const browser = new ExtensionBrowser(context, extensionId, userDataDir, options, !options.userDataDir);
    browser.watch();
    return browser;
  }

  /** The extension's background service worker, if it is running. */
  serviceWorker(): Worker | undefined {
    return this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`));
  }

  async newPage(): Promise<Page> {
    const page = await this.context.newPage();
    await page.setViewportSize(VIEWPORT);
    this.pages.add(page);
    page.on('close', () => this.pages.delete(page));
    return page;
  }

  /** Opens a new tab at `url` and waits for the load event. */
  async open(url: string): Promise<Page> {
    const page = await this.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`Loading ${url} failed: HTTP ${response?.status()}`);
    return page;
  }

  /** Pages opened by the tests that are still open. */
  openPages(): Page[] {
    return [...this.pages].filter((p) => !p.isClosed());
  }

  async closePages(): Promise<void> {
    await Promise.all(this.openPages().map((p) => p.close().catch(() => undefined)));
  }

  /** Closes Chromium and starts it again on the same profile (the extension keeps its id). */
  async restart(): Promise<void> {
    await this.context.close();
    this.pages.clear();
    const { context, extensionId } = await startContext(this.userDataDir, this.options.port, this.extensionId);
    if (extensionId !== this.extensionId) {
      throw new Error(`The extension id changed across a restart: ${this.extensionId} → ${extensionId}`);
    }
    this.context = context;
    this.watch();
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    if (this.removeProfileOnClose) rmSync(this.userDataDir, { recursive: true, force: true });
  }

  logsSince(at: number): string {
    return this.logs
      .filter((l) => l.at >= at)
      .map((l) => `[${new Date(l.at).toISOString().slice(11, 23)}] ${l.source}: ${l.text}`)
      .join('\n');
  }

  /** Adds a line to the browser output printed with a failing test (e.g. what the test did to the browser). */
  note(source: string, text: string): void {
    this.log(source, text);
  }

  private log(source: string, text: string) {
    this.logs.push({ at: Date.now(), source, text });
  }

  private watch() {
    const watchWorker = (worker: Worker) => {
      if (!worker.url().startsWith('chrome-extension://')) return;
      this.log('service-worker', `started ${worker.url()}`);
      worker.on('console', (m) => this.log('service-worker', `${m.type()}: ${m.text()}`));
      worker.on('close', () => this.log('service-worker', 'stopped'));
      if (process.env.E2E_TRACE_MESSAGES) void traceMessages(worker);
    };
    this.context.serviceWorkers().forEach(watchWorker);
    this.context.on('serviceworker', watchWorker);
    const watchPage = (page: Page) => {
      const name = () => {
        try {
          return `page ${new URL(page.url()).host}${new URL(page.url()).pathname}`;
        } catch {
          return `page ${page.url()}`;
        }
      };
      page.on('console', (m) => {
        const frameUrl = m.location().url;
        const where = frameUrl.startsWith('chrome-extension://') ? `sidebar in ${name()}` : name();
        this.log(where, `${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => this.log(name(), `uncaught: ${e.stack ?? e.message}`));
      page.on('crash', () => this.log(name(), 'CRASHED'));
      page.on('framenavigated', (f) => {
        if (f.url().startsWith('chrome-extension://')) this.log(name(), `sidebar frame loaded ${f.url()}`);
      });
    };
    this.context.pages().forEach(watchPage);
    this.context.on('page', watchPage);
  }
}

/**
 * Debugging aid (E2E_TRACE_MESSAGES=1): logs every runtime message the background receives, so a
 * failure report shows which writes arrived. Adds a listener that never answers, so it does not
 * change replies.
 */
async function traceMessages(worker: Worker): Promise<void> {
  await worker
    .evaluate(() => {
      const scope = globalThis as typeof globalThis & { __e2eTrace?: boolean };
      if (scope.__e2eTrace) return;
      scope.__e2eTrace = true;
      chrome.runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender) => {
        console.log(
          `[e2e trace] message from frame ${sender.frameId} of ${sender.tab?.url ?? sender.url}: ${JSON.stringify(message).slice(0, 300)}`,
        );
      });
    })
    .catch(() => undefined);
}

async function startContext(
  userDataDir: string,
  port: number,
  knownExtensionId?: string,
): Promise<{ context: BrowserContext; extensionId: string }> {
  const extensionDir = builtExtensionDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: VIEWPORT,
    args: chromiumArgs(extensionDir, port),
  });
  try {
    const extensionId = await extensionIdOf(context, knownExtensionId);
    return { context, extensionId };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The extension's id, from its service worker's URL. A freshly installed extension starts its
 * worker at once; after a restart the worker may stay asleep until something wakes it, so a known
 * id is accepted after a short wait.
 */
async function extensionIdOf(context: BrowserContext, knownExtensionId?: string): Promise<string> {
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find(isExtensionWorker);
  if (!worker) {
    worker = await context
      .waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: knownExtensionId ? 3_000 : 15_000 })
      .catch(() => undefined);
  }
  if (worker) return new URL(worker.url()).host;
  if (knownExtensionId) return knownExtensionId;
  throw new Error(
    `The extension's service worker did not start: was ${EXTENSION_DIR} loaded? ` +
      'Check that the build is complete and that this Chromium supports --load-extension in headless mode.',
  );
}

/** The sidebar iframe of a page, as a FrameLocator (auto-waits for the frame). */
export function sidebar(page: Page): FrameLocator {
  return page.frameLocator(SIDEBAR_FRAME_SELECTOR);
}

/** Waits for the sidebar iframe element and for its extension document to load; returns its Frame. */
export async function sidebarFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const element = page.locator(SIDEBAR_FRAME_SELECTOR);
  await element.waitFor({ state: 'attached', timeout }).catch((error: Error) => {
    throw new Error(`No sidebar iframe (${SIDEBAR_FRAME_SELECTOR}) appeared on ${page.url()} within ${timeout} ms.\n${error.message}`);
  });
  // Asked afresh on each try: the content script replaces the frame when the call changes, and a
  // handle to the one it removed would never load.
  const currentFrame = async () => (await element.elementHandle({ timeout: 100 }).catch(() => null))?.contentFrame();
  return waitUntil(
    `the sidebar frame on ${page.url()} to load its chrome-extension:// page`,
    async () => {
      const frame = await currentFrame();
      return frame?.url().startsWith('chrome-extension://') ? frame : undefined;
    },
    { timeout, describe: async () => (await currentFrame())?.url() },
  );
}

/** How many sidebar iframes the page has right now. */
export function sidebarCount(page: Page): Promise<number> {
  return page.locator(SIDEBAR_FRAME_SELECTOR).count();
}

/**
 * Resolves once the content script has run and has had the background's answer "no call here".
 * Its first frame goes in, hidden, before that answer (entrypoints/meeting.content.ts) and leaves
 * only with it; so no frame after the script ran means it decided not to mount one. A page with
 * a sidebar never gets there, and the wait fails naming the frames left.
 */
export async function waitForNoSidebar(page: Page, extensionId: string, timeout = 10_000): Promise<void> {
  await waitForContentScript(page, extensionId, timeout);
  await waitUntil(`no sidebar frame on ${page.url()} once the background answered`, async () => (await sidebarCount(page)) === 0, {
    timeout,
    describe: () => sidebarCount(page).then((n) => `${n} sidebar frame(s)`),
  });
}

/**
 * Resolves once the extension's content script has run in the page's main frame: its isolated
 * world exists (seen over CDP) and a round trip to the page has happened since. Its first,
 * hidden frame may still be in the page: see waitForNoSidebar for "no sidebar here".
 */
export async function waitForContentScript(page: Page, extensionId: string, timeout = 10_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const origin = `chrome-extension://${extensionId}`;
    const worlds: string[] = [];
    let seen = false;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      worlds.push(`${context.name} (${context.origin})`);
      if (context.origin === origin && context.auxData?.type === 'isolated') seen = true;
    });
    // Enabling the Runtime domain reports every existing context first.
    await cdp.send('Runtime.enable');
    await waitUntil(`the extension's content script to be injected into ${page.url()}`, () => seen, {
      timeout,
      describe: () => worlds,
    });
    await page.evaluate(() => document.readyState);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
