import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { registerKitImportMenu } from './kit-import-menu';

type MenuClick = (info: { menuItemId: string | number }, tab?: Partial<Browser.tabs.Tab>) => void;

// WXT's fake browser has no context menus: these record the item created and take the click listener.
function fakeMenus() {
  const created: unknown[] = [];
  let onClick: MenuClick = () => undefined;
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((item: unknown) => void created.push(item)) as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(
    ((listener: MenuClick) => void (onClick = listener)) as never,
  );
  return { created, click: (id: string, tab?: Partial<Browser.tabs.Tab>) => onClick({ menuItemId: id }, tab) };
}
const dashboard = (hash = '') => `chrome-extension://${fakeBrowser.runtime.id}/dashboard.html${hash}`;
const openedTabs = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);
const opened = (count: number) => vi.waitFor(async () => expect((await openedTabs()).length).toBe(count));

beforeEach(() => fakeBrowser.reset());

describe('"Import as interview kit" in the context menu', () => {
  it('is added once installed: on a page, a selection and the toolbar button', async () => {
    const menus = fakeMenus();
    registerKitImportMenu();
    expect(menus.created).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(menus.created).toEqual([
      { id: 'import-as-interview-kit', title: 'Import as interview kit', contexts: ['page', 'selection', 'action'] },
    ]);
  });

  it("reads the clicked page at once in the dashboard's importer", async () => {
    const menus = fakeMenus();
    registerKitImportMenu();
    menus.click('import-as-interview-kit', { id: 12, url: 'https://example.com/interview-questions' });
    await opened(1);
    expect(await openedTabs()).toEqual([dashboard('#kits?page=12&read')]);
  });

  it('opens the importer without a page where none can be read, and ignores menu items not its own', async () => {
    const menus = fakeMenus();
    registerKitImportMenu();
    menus.click('another-item', { id: 12, url: 'https://example.com/' });
    menus.click('import-as-interview-kit', { id: 13, url: 'https://addons.mozilla.org/firefox/' });
    await opened(1);
    expect(await openedTabs()).toEqual([dashboard()]);
  });

  it('is left out where the browser has no context menus', async () => {
    const menus = fakeBrowser.contextMenus;
    Reflect.deleteProperty(fakeBrowser, 'contextMenus');
    try {
      expect(() => registerKitImportMenu()).not.toThrow();
    } finally {
      Object.assign(fakeBrowser, { contextMenus: menus });
    }
  });
});
