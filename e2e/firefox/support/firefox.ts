/// <reference types="node" />
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../support/chromium';
import { requireFirefox } from './find-firefox';

/** The Firefox build under test (`npx wxt build -b firefox`); E2E_FIREFOX_EXTENSION_DIR points at another. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.E2E_FIREFOX_EXTENSION_DIR || join(REPO_ROOT, '.output', 'firefox-mv3'));
/** Fixed through `extensions.webextensions.uuids`, so the tests know the extension's origin. */
export const EXTENSION_UUID = '7f1c2b9e-5d4a-4e3b-9a8c-1d2e3f405060';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const VIEWPORT = { width: 1280, height: 720 };

export interface FirefoxLaunch {
  browser: Browser;
  downloadDir: string;
  close(): Promise<void>;
}

/**
 * Firefox over WebDriver BiDi (puppeteer-core; no browser download), headless, with the built
 * add-on installed as a temporary add-on. Every HTTPS request goes to the meeting proxy on
 * `proxyPort`; third-party cookies are blocked (cookieBehavior 1); downloads land in a fresh folder.
 */
export async function launchFirefox(proxyPort: number, extraPrefs: Record<string, unknown> = {}): Promise<FirefoxLaunch> {
  const manifest = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`The Firefox build is missing: ${manifest}. Run \`npx wxt build -b firefox\` first (or \`npm run test:e2e:firefox\`).`);
  }
  const addonId = (JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;
  const downloadDir = mkdtempSync(join(tmpdir(), 'interview-sidebar-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.cookie.cookieBehavior': 1,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // The downloads panel would open over the window and take the keyboard from the next test.
      'browser.download.alwaysOpenPanel': false,
      ...extraPrefs,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== addonId) throw new Error(`Installed add-on id ${id}, expected ${addonId}.`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  return {
    browser,
    downloadDir,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a new tab and waits for its load event. */
export async function openTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`Loading ${url} failed: HTTP ${response?.status()}`);
  return page;
}
