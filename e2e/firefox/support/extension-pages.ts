import type { Browser, Page, Target } from 'puppeteer-core';
import { waitUntil } from '../../support/wait';
import { EXTENSION_ORIGIN } from './firefox';
import type { FirefoxSidebar } from './firefox-sidebar';

/**
 * Opens the dashboard as a person does from a call: "Shortcuts and settings", then the "Kit
 * library" link, which opens a tab, then back to the questions. WebDriver BiDi refuses to navigate a tab to a moz-extension://
 * URL, so this is also how the tests reach a top-level extension page (full `browser.*` APIs).
 */
export async function openDashboardFromSidebar(browser: Browser, view: FirefoxSidebar): Promise<Page> {
  const known = new Set(browser.targets());
  const created = browser.waitForTarget((t: Target) => t.type() === 'page' && !known.has(t), { timeout: 10_000 });
  await view.click('button', 'Keys: shortcuts and settings');
  await view.click('link', 'Kit library');
  const page = await (await created).page();
  if (!page) throw new Error('The Kit library link opened no page.');
  const loaded = () =>
    page.evaluate(
      (expected) => location.href.startsWith(expected) && document.readyState === 'complete',
      `${EXTENSION_ORIGIN}/dashboard.html`,
    );
  await waitUntil(`the Kit library link to open ${EXTENSION_ORIGIN}/dashboard.html`, loaded, {
    describe: () => page.evaluate(() => location.href),
  });
  // The in-page sidebar goes back to its questions, as the person would.
  await view.page.bringToFront();
  await view.click('button', '← Back to questions');
  await view.find('button', 'Next question');
  return page;
}

/** The text of the browser's own sidebar (the add-on's sidebar_action panel), read from an extension page. */
export function sidebarActionText(extensionPage: Page): Promise<string | null> {
  return extensionPage.evaluate(() => {
    type Views = { extension: { getViews(filter: { type: string }): Window[] } };
    const [panel] = (globalThis as unknown as { browser: Views }).browser.extension.getViews({ type: 'sidebar' });
    return panel ? panel.document.body.innerText : null;
  });
}

/**
 * Opens or closes the add-on's sidebar_action panel (it belongs to the window: left open it would
 * narrow the next test's tabs). Firefox does either only inside a user action, as the toolbar
 * button or a shortcut is, so the test puts a button on the extension page whose click handler
 * calls `sidebarAction.open()` or `.close()`, and clicks it through WebDriver BiDi (a trusted click).
 */
export async function sidebarActionByClick(extensionPage: Page, action: 'open' | 'close'): Promise<void> {
  const id = `e2e-sidebar-action-${action}`;
  await extensionPage.evaluate(
    (id, action) => {
      type Action = { sidebarAction: Record<'open' | 'close', () => Promise<void>> };
      const button = document.createElement('button');
      button.id = id;
      button.textContent = `${action} the sidebar`;
      button.style.cssText = 'position:fixed;top:0;left:0;width:120px;height:40px;z-index:2147483647';
      button.addEventListener('click', () => {
        const api = (globalThis as unknown as { browser: Action }).browser;
        (window as Window & { __sidebarAction?: Promise<string> }).__sidebarAction = api.sidebarAction[action]().then(
          () => 'done',
          (error: Error) => `refused: ${error.message}`,
        );
        button.remove();
      });
      document.body.append(button);
    },
    id,
    action,
  );
  await extensionPage.click(`#${id}`);
  const result = await extensionPage.evaluate(() => (window as Window & { __sidebarAction?: Promise<string> }).__sidebarAction);
  if (result !== 'done') throw new Error(`sidebarAction.${action}() was ${result ?? 'not called'}`);
}
