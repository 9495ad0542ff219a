import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * WXT's fake browser has no tabs.sendMessage, side panel or Firefox sidebar: these record what the
 * background asks of them. `tabMessages` lists each message sent to a tab as `[tabId, name, frameId]`.
 */
export function recordTabMessages(answer: (name: string, frameId: number | undefined) => Promise<unknown> = async () => undefined) {
  const tabMessages: [number, string, number | undefined][] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tabId: number,
    message: { tabMessage: string },
    options?: { frameId?: number },
  ) => {
    tabMessages.push([tabId, message.tabMessage, options?.frameId]);
    return answer(message.tabMessage, options?.frameId);
  }) as never);
  return tabMessages;
}

/** Chromium's side panel, installed on the fake browser until the returned function removes it. */
export function installSidePanel() {
  const sidePanel = { open: vi.fn(async () => {}), setPanelBehavior: vi.fn(async () => {}) };
  Object.assign(fakeBrowser, { sidePanel });
  return { sidePanel, remove: () => void Reflect.deleteProperty(fakeBrowser, 'sidePanel') };
}

/** Firefox's sidebar (sidebarAction), with or without `toggle` (Firefox 126 and later have it). */
export function installSidebarAction(withToggle: boolean) {
  const original = fakeBrowser.sidebarAction;
  const sidebarAction = { open: vi.fn(async () => {}), ...(withToggle ? { toggle: vi.fn(async () => {}) } : {}) };
  Object.assign(fakeBrowser, { sidebarAction });
  return { sidebarAction, remove: () => void Object.assign(fakeBrowser, { sidebarAction: original }) };
}

/** Lets the promise chains started by a call (storage reads and writes of the fake browser) finish. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
