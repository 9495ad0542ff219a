import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/lib/background/register-handlers';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { installBundledKits } from '@/lib/kits/bundled-kits';
import { serveLiveQueries } from '@/lib/messaging/live-server';

export default defineBackground(() => {
  let database: InterviewDatabase | undefined;
  // Opened on first use: a service worker woken for a message should not pay for more.
  const db = () => (database ??= openInterviewDatabase());

  registerMessageHandlers(db);
  serveLiveQueries(db, browser.runtime.onConnect);
  browser.runtime.onInstalled.addListener(() => void installBundledKits(db()));
  // The toolbar button opens the kit library (MV3 `action`, MV2 `browserAction`).
  (browser.action ?? browser.browserAction)?.onClicked.addListener(
    () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  );
});
