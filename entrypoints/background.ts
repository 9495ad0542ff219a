import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService, type BackgroundService } from '@/lib/background/background-service';
import { runBrowserCommand } from '@/lib/background/browser-commands';
import { registerMessageHandlers } from '@/lib/background/register-handlers';
import { registerKitImportMenu } from '@/lib/background/kit-import-menu';
import { createSidebarOpener } from '@/lib/background/sidebar-opener';
import { onToolbarClick } from '@/lib/background/toolbar-action';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { installBundledKits } from '@/lib/kits/bundled-kits';
import { serveLiveQueries } from '@/lib/messaging/live-server';

export default defineBackground(() => {
  let database: InterviewDatabase | undefined;
  let background: BackgroundService | undefined;
  // Opened on first use: a service worker woken for a message should not pay for more.
  const db = () => (database ??= openInterviewDatabase());
  // One service for the worker's life: its revision guard must see every write.
  const service = () => (background ??= createBackgroundService(db()));

  registerMessageHandlers(service);
  serveLiveQueries(db, browser.runtime.onConnect);
  browser.runtime.onInstalled.addListener(() => void installBundledKits(db()));
  const opener = createSidebarOpener();
  browser.commands.onCommand.addListener((command, tab) => void runBrowserCommand(command, tab, { db, service, opener }));
  registerKitImportMenu();
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => void onToolbarClick(tab, opener));
});
