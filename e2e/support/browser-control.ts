import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import { waitUntil } from './wait';

/**
 * What a person does to the browser itself, outside any page, driven over the DevTools protocol:
 * pressing an extension's keyboard shortcut (manifest `commands`), clicking its toolbar button,
 * and reading or writing its `chrome.storage`.
 */

/** CDP `Input.dispatchKeyEvent` modifier bits. */
const MODIFIERS = { Alt: 1, Control: 2, Meta: 4, Shift: 8 } as const;
type Modifier = keyof typeof MODIFIERS;
const MODIFIER_KEYS: Record<Modifier, { code: string; keyCode: number }> = {
  Alt: { code: 'AltLeft', keyCode: 18 },
  Control: { code: 'ControlLeft', keyCode: 17 },
  Meta: { code: 'MetaLeft', keyCode: 91 },
  Shift: { code: 'ShiftLeft', keyCode: 16 },
};

/** The keys the extension's shortcuts use: `code`, Windows virtual key code, and `key` with Shift. */
function mainKey(name: string): { code: string; keyCode: number; key: string } {
  if (name === 'Period') return { code: 'Period', keyCode: 190, key: '>' };
  if (name === 'Comma') return { code: 'Comma', keyCode: 188, key: '<' };
  if (/^[A-Z]$/.test(name)) return { code: `Key${name}`, keyCode: name.charCodeAt(0), key: name };
  throw new Error(`pressBrowserShortcut does not know the key ${JSON.stringify(name)}.`);
}

/**
 * Presses a browser-level shortcut such as `Alt+Shift+Period` while `page` has the focus, the way
 * a keyboard does: each modifier goes down, then the key, then everything comes up in reverse.
 *
 * Why not `page.keyboard.press`: extension commands are accelerators of the browser window, and
 * Chromium matches an accelerator on the key event's *native* key code. Playwright's key events
 * carry only `windowsVirtualKeyCode` (no `nativeVirtualKeyCode`; and for a key that types text,
 * like Shift+Period, type `keyDown` rather than `rawKeyDown`), so they reach the page's DOM but
 * never the browser's accelerators: `page.keyboard.press('Alt+Shift+Period')` does not fire the
 * command in headless Chromium. The same event over CDP with `nativeVirtualKeyCode` set does,
 * exactly as a real key press does: the browser sends `chrome.commands.onCommand` to the
 * extension's service worker with the focused tab.
 */
export async function pressBrowserShortcut(page: Page, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = mainKey(parts.pop()!);
  const modifiers = parts.map((p) => {
    if (!(p in MODIFIERS)) throw new Error(`Unknown modifier ${JSON.stringify(p)} in ${shortcut}.`);
    return p as Modifier;
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    let mask = 0;
    const send = (type: 'rawKeyDown' | 'keyUp', k: { code: string; keyCode: number; key: string }) =>
      cdp.send('Input.dispatchKeyEvent', {
        type,
        modifiers: mask,
        key: k.key,
        code: k.code,
        windowsVirtualKeyCode: k.keyCode,
        nativeVirtualKeyCode: k.keyCode,
      });
    for (const m of modifiers) {
      mask |= MODIFIERS[m];
      await send('rawKeyDown', { ...MODIFIER_KEYS[m], key: m });
    }
    await send('rawKeyDown', key);
    await send('keyUp', key);
    for (const m of [...modifiers].reverse()) {
      await send('keyUp', { ...MODIFIER_KEYS[m], key: m });
      mask &= ~MODIFIERS[m];
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Clicks the extension's toolbar button for the tab showing `page`: the DevTools protocol's
 * `Extensions.triggerAction`, which runs the action as a click does (`chrome.action.onClicked`
 * with that tab). It wants the id of the *tab* target (not the page target), which the browser
 * session lists with the tab's URL; the tests give each tab its own URL.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  const root = browser.context.browser();
  if (!root) throw new Error('No browser-level DevTools session: the context has no Browser object.');
  const cdp = await root.newBrowserCDPSession();
  try {
    const url = page.url();
    const tabs = await waitUntil(
      `the tab target of ${url}`,
      async () => {
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const matching = targetInfos.filter((t) => t.url === url);
        return matching.length ? matching : undefined;
      },
      { timeout: 5_000 },
    );
    if (tabs.length > 1) throw new Error(`${tabs.length} tabs show ${url}; clickToolbarButton needs one.`);
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabs[0]!.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The extension's `chrome.storage.local`, read and written over the DevTools protocol's
 * Extensions domain; writes reach the extension's `storage.onChanged` listeners like its own, and
 * it works while the service worker sleeps. The commands need a session of a page the extension
 * may touch: the browser-level session answers "No associated browser context", a tab at
 * about:blank or a data: URL "Extension not found". So this opens a tab of its own on one of the
 * extension's pages (not tracked by ExtensionBrowser, so it survives `closePages`; `close` it).
 */
export class ExtensionStorage {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly id: string,
    private readonly tab: Page,
  ) {}

  static async open(browser: ExtensionBrowser): Promise<ExtensionStorage> {
    const tab = await browser.context.newPage();
    // The sidebar page in a tab of its own: not in a call, so it only says so, and writes nothing.
    await tab.goto(`chrome-extension://${browser.extensionId}/sidebar.html`);
    return new ExtensionStorage(await browser.context.newCDPSession(tab), browser.extensionId, tab);
  }

  async get(key: string): Promise<unknown> {
    const { data } = await this.cdp.send('Extensions.getStorageItems', { id: this.id, storageArea: 'local', keys: [key] });
    return (data as Record<string, unknown>)[key];
  }

  async set(values: Record<string, unknown>): Promise<void> {
    // The protocol's typings say string values; it takes any JSON, as chrome.storage does.
    await this.cdp.send('Extensions.setStorageItems', { id: this.id, storageArea: 'local', values: values as Record<string, string> });
  }

  async remove(...keys: string[]): Promise<void> {
    await this.cdp.send('Extensions.removeStorageItems', { id: this.id, storageArea: 'local', keys });
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.tab.close().catch(() => undefined);
  }
}
