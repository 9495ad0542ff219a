import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService, type BackgroundService } from '@/lib/background/background-service';
import { runBrowserCommand } from '@/lib/background/browser-commands';
import { forgetKeptScreens, keepFirstScreens, markFreshInstall } from '@/lib/background/first-screen-keeper';
import { acceptFrameSecrets, createFrameSecrets } from '@/lib/background/frame-secrets';
import { registerMessageHandlers } from '@/lib/background/register-handlers';
import { relayLocationChanges } from '@/lib/background/location-relay';
import { createInterviewPresence } from '@/lib/background/interview-presence';
import { storedPresence } from '@/lib/background/presence-memory';
import { createRefusalLog, isExtensionPage } from '@/lib/background/sender-check';
import { registerKitImportMenu } from '@/lib/background/kit-import-menu';
import { createSidebarOpener } from '@/lib/background/sidebar-opener';
import { answerTabCallQueries, createTabCalls } from '@/lib/background/tab-calls';
import { onToolbarClick } from '@/lib/background/toolbar-action';
import { interviewDatabaseExists, openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { createDatabaseGate } from '@/lib/db/database-gate';
import { closeLocalStorageToContentScripts } from '@/lib/first-screen/private-local-storage';
import { installBundledKits } from '@/lib/kits/bundled-kits';
import { serveLiveQueries } from '@/lib/messaging/live-server';
import { broadcastToPages } from '@/lib/messaging/tab-protocol';

const PRESENCE_GRACE_MS = 3_000;
/**
 * Work no first screen needs (installing or refreshing the bundled kits, retention) starts this
 * long after the worker does, so a sidebar opening with the browser gets its answer first. A new
 * interview that finds no kit yet installs the default one itself (lib/interviews/kit-snapshot.ts).
 */
const HOUSEKEEPING_DELAY_MS = 2_000;
const afterFirstScreen = (work: () => Promise<unknown>) => setTimeout(() => void work().catch(() => undefined), HOUSEKEEPING_DELAY_MS);

export default defineBackground(() => {
  // `npm run bench:phases` reads this mark and the one at the end: how long the module code took, then this function.
  performance.mark('worker main');
  let database: InterviewDatabase | undefined;
  let background: BackgroundService | undefined;
  // What a new call paints before this worker answers lives in storage.local: closed to content scripts first.
  const localIsPrivate = closeLocalStorageToContentScripts();
  // Opened on first use: a service worker woken for a message should not pay for more.
  const db = () => {
    if (database) return database;
    database = openInterviewDatabase();
    afterFirstScreen(keepFirstScreens(database, localIsPrivate).refresh);
    return database;
  };
  // One service for the worker's life: its revision guard must see every write.
  // Evidence starts an interview's clock only while one of its sidebars is open (not from the dashboard).
  const service = () => (background ??= createBackgroundService(db(), Date.now, (id) => presence.isAttended(id)));

  // Right after installing there is no database: until something opens it, a call's first screen
  // is the stand-in made from the code (lib/interviews/interview-boot.ts), and nothing is created.
  let installedNow = false;
  // Per tab, the meeting it joined: kept in storage.session, so it outlives this worker.
  const tabCalls = createTabCalls();
  // The secret of each tab's sidebar frame: a frame the page made itself boots into nothing.
  const frameSecrets = createFrameSecrets();
  acceptFrameSecrets(frameSecrets);
  registerMessageHandlers(service, tabCalls, frameSecrets, () => installedNow && database === undefined, createDatabaseGate(db));
  answerTabCallQueries(tabCalls);
  const presence = createInterviewPresence(() => service().meetings, storedPresence);
  const refused = createRefusalLog();
  serveLiveQueries(
    db,
    browser.runtime.onConnect,
    ({ query, params }) => (query === 'session' && 'attend' in params && params.attend ? presence.attach(params.sessionId) : undefined),
    (port) => {
      const ok = isExtensionPage(port.sender, browser.runtime.id, browser.runtime.getURL('/'));
      if (!ok) refused('a live subscription', port.sender);
      return ok;
    },
  );
  // Surfaces reconnect within milliseconds of a worker restart; an interview none came back to was left.
  setTimeout(() => void presence.sweep(), PRESENCE_GRACE_MS);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Only an install with no database before it (lib/db/database.ts): until that is known, and
    // after a request has opened it, requests read the database.
    if (reason === 'install')
      void interviewDatabaseExists().then((exists) => {
        if (exists || database) return;
        installedNow = true;
        void markFreshInstall(localIsPrivate);
      });
    if (reason === 'update') void forgetKeptScreens();
    afterFirstScreen(() => installBundledKits(db()));
  });
  // The retention period, if one is set, runs once per browser start (and when the Interviews section opens).
  browser.runtime.onStartup.addListener(() => afterFirstScreen(() => service().requests.retention.applyRetention()));
  const opener = createSidebarOpener();
  browser.commands.onCommand.addListener((command, tab) => void runBrowserCommand(command, tab, { service, opener, tabCalls }));
  // Chromium has the Navigation API in every supported version; its onUpdated takes no filter.
  if (import.meta.env.FIREFOX) relayLocationChanges();
  registerKitImportMenu();
  // Pages whose live data ended with the last worker subscribe again now (lib/client/extension-client.ts).
  void broadcastToPages('workerStarted', undefined);
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => void onToolbarClick(tab, opener, tabCalls));
  performance.mark('worker listening');
});
