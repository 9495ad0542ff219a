import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import { waitUntil } from './wait';

/** A service worker version as the DevTools protocol's ServiceWorker domain reports it. */
interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the extension's background service worker the way Chrome does when it is idle, and
 * watches it come back.
 *
 * How: the DevTools protocol's ServiceWorker domain, on a CDP session of an ordinary tab
 * (`context.newCDPSession(page)`). The browser-level session (`browser.newBrowserCDPSession()`)
 * has no ServiceWorker domain ("'ServiceWorker.enable' wasn't found"), and Playwright has no API
 * to stop a worker. After `ServiceWorker.enable` the tab's session reports every registration of
 * the profile's default storage partition, the extension's included, so `ServiceWorker.stopWorker`
 * with the extension's version id stops it (and the `workerVersionUpdated` events show
 * running → stopping → stopped, then starting → running when something wakes it).
 *
 * Playwright keeps one `Worker` object for the extension across such a restart (Chromium reuses
 * the DevTools target id) and fires neither `close` nor `serviceworker`; its `evaluate` runs in
 * the new worker's fresh global scope. So the CDP events are the evidence of the stop, and a
 * global set before the stop and gone after it is the evidence of a new JavaScript realm.
 */
export class ExtensionWorkerControl {
  /** Every running status the extension's worker reported, in order. */
  readonly statuses: WorkerVersion['runningStatus'][] = [];
  private version: WorkerVersion | undefined;

  private constructor(
    private readonly cdp: CDPSession,
    private readonly browser: ExtensionBrowser,
  ) {}

  /** Starts watching the extension's worker through a CDP session of `page` (any open tab). */
  static async attach(browser: ExtensionBrowser, page: Page): Promise<ExtensionWorkerControl> {
    const cdp = await browser.context.newCDPSession(page);
    const control = new ExtensionWorkerControl(cdp, browser);
    const scope = `chrome-extension://${browser.extensionId}/`;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions as WorkerVersion[]) {
        if (!version.scriptURL.startsWith(scope)) continue;
        control.version = version;
        if (control.statuses.at(-1) !== version.runningStatus) {
          control.statuses.push(version.runningStatus);
          browser.note('service-worker', `[CDP] version ${version.versionId} ${version.runningStatus}`);
        }
      }
    });
    await cdp.send('ServiceWorker.enable');
    await waitUntil("the DevTools protocol to report the extension's service worker", () => control.version, {
      timeout: 5_000,
      describe: () => control.statuses,
    });
    return control;
  }

  /**
   * Stops the worker and resolves once Chromium reports it stopped. An open sidebar reconnects
   * its live ports at once, which starts a new worker within milliseconds: the stop is real, but
   * short, exactly as when Chrome stops an idle worker while the sidebar is open.
   */
  async stop(): Promise<void> {
    const from = this.statuses.length;
    const version = this.version!;
    this.browser.note('service-worker', `[test] ServiceWorker.stopWorker ${version.versionId} (${version.scriptURL})`);
    await this.cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    await waitUntil('the extension service worker to report "stopped"', () => this.statuses.slice(from).includes('stopped'), {
      timeout: 5_000,
      describe: () => this.statuses,
    });
  }

  /** Resolves once the worker has been reported running after the last stop. */
  async waitUntilRunningAgain(): Promise<void> {
    await waitUntil(
      'the extension service worker to run again after the stop',
      () => {
        const stopped = this.statuses.lastIndexOf('stopped');
        return stopped >= 0 && this.statuses.slice(stopped).includes('running');
      },
      { timeout: 10_000, describe: () => this.statuses },
    );
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

const REALM_MARK = '__e2eRealmMark';

/** Sets a global in the running background worker; a restarted worker will not have it. */
export async function markWorkerRealm(browser: ExtensionBrowser): Promise<string> {
  const worker = browser.serviceWorker();
  if (!worker) throw new Error('The extension service worker is not running.');
  const mark = `mark-${Date.now()}-${Math.random()}`;
  await worker.evaluate(([key, value]) => ((globalThis as Record<string, unknown>)[key] = value), [REALM_MARK, mark] as const);
  return mark;
}

/** Waits until the background worker answers from a global scope without `mark` (a new realm). */
export async function waitForNewWorkerRealm(browser: ExtensionBrowser, mark: string): Promise<void> {
  const read = async () => {
    const worker = browser.serviceWorker();
    if (!worker) return '(no worker)';
    return worker.evaluate((key) => String((globalThis as Record<string, unknown>)[key]), REALM_MARK);
  };
  await waitUntil(
    'the background to run in a new service worker (its old global gone)',
    async () => {
      const seen = await read();
      return seen !== mark && seen !== '(no worker)';
    },
    { timeout: 10_000, describe: read },
  );
}
