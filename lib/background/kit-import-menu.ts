import { browser, type Browser } from 'wxt/browser';
import { isReadablePage, pageImportHash } from '../kits/page-import-request';

const MENU_ID = 'import-as-interview-kit';

/** Opens the dashboard's importer for a tab: offering its page, or reading it at once. */
export async function openPageImport(tab: Browser.tabs.Tab | undefined, readNow: boolean): Promise<void> {
  const hash = tab?.id !== undefined && isReadablePage(tab.url) ? pageImportHash({ tabId: tab.id, readNow }) : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
}

/**
 * "Import as interview kit" on a page, a selection and the toolbar button's own menu. The click
 * grants activeTab for that tab, so the dashboard may read it then; nothing runs on pages before.
 */
export function registerKitImportMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    // "action", not MV2's "browser_action": every build is Manifest V3, Firefox's too (wxt.config.ts).
    menus.create({ id: MENU_ID, title: 'Import as interview kit', contexts: ['page', 'selection', 'action'] });
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void openPageImport(tab, true);
  });
}
