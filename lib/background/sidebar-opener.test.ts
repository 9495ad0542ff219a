import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateAppearance } from '../settings/appearance';
import { readLayout, updateLayout } from '../settings/sidebar-layout-store';
import { installSidebarAction, installSidePanel, settle } from './browser-glue.test-support';
import { createSidebarOpener } from './sidebar-opener';

beforeEach(() => fakeBrowser.reset());

describe('showing the sidebar in the page (the default)', () => {
  it('shows a hidden sidebar, and leaves a shown one shown', async () => {
    const opener = createSidebarOpener();
    await settle();
    await updateLayout('meet', { collapsed: true });
    await opener.show(4, 'meet', 'show');
    expect((await readLayout('meet')).collapsed).toBe(false);
    await opener.show(4, 'meet', 'show');
    expect((await readLayout('meet')).collapsed).toBe(false);
  });

  it("the shortcut toggles it, on that platform's layout only", async () => {
    const opener = createSidebarOpener();
    await settle();
    await opener.show(4, 'zoom', 'toggle');
    expect((await readLayout('zoom')).collapsed).toBe(true);
    expect((await readLayout('meet')).collapsed).toBe(false);
    await opener.show(4, 'zoom', 'toggle');
    expect((await readLayout('zoom')).collapsed).toBe(false);
  });
});

describe("in Chromium's side panel", () => {
  let panel: ReturnType<typeof installSidePanel>;
  beforeEach(() => (panel = installSidePanel()));
  afterEach(() => panel.remove());

  it('lets the toolbar button open the panel itself, and opens it for the tab at once', async () => {
    await updateAppearance({ surface: 'side-panel' });
    const opener = createSidebarOpener();
    await settle();
    expect(panel.sidePanel.setPanelBehavior).toHaveBeenLastCalledWith({ openPanelOnActionClick: true });
    // No await before open(): the panel opens only within the user's gesture.
    void opener.show(4, 'meet', 'toggle');
    expect(panel.sidePanel.open).toHaveBeenCalledWith({ tabId: 4 });
    expect((await readLayout('meet')).collapsed).toBe(false);
  });

  it('follows a change of preference made in the settings while it runs', async () => {
    const opener = createSidebarOpener();
    await settle();
    expect(panel.sidePanel.setPanelBehavior).toHaveBeenLastCalledWith({ openPanelOnActionClick: false });
    await updateAppearance({ surface: 'side-panel' });
    expect(panel.sidePanel.setPanelBehavior).toHaveBeenLastCalledWith({ openPanelOnActionClick: true });
    void opener.show(4, 'meet', 'show');
    expect(panel.sidePanel.open).toHaveBeenCalledTimes(1);
    await updateAppearance({ surface: 'page' });
    await opener.show(4, 'meet', 'toggle');
    expect(panel.sidePanel.open).toHaveBeenCalledTimes(1);
    expect((await readLayout('meet')).collapsed).toBe(true);
  });
});

describe("in Firefox's sidebar", () => {
  it('the shortcut toggles it and the toolbar button opens it', async () => {
    const firefox = installSidebarAction(true);
    await updateAppearance({ surface: 'side-panel' });
    const opener = createSidebarOpener();
    await settle();
    void opener.show(4, 'meet', 'toggle');
    expect(firefox.sidebarAction.toggle).toHaveBeenCalledTimes(1);
    expect(firefox.sidebarAction.open).not.toHaveBeenCalled();
    void opener.show(4, 'meet', 'show');
    expect(firefox.sidebarAction.open).toHaveBeenCalledTimes(1);
    firefox.remove();
  });

  it('a Firefox without sidebarAction.toggle opens it for the shortcut too', async () => {
    const firefox = installSidebarAction(false);
    await updateAppearance({ surface: 'side-panel' });
    const opener = createSidebarOpener();
    await settle();
    void opener.show(4, 'meet', 'toggle');
    expect(firefox.sidebarAction.open).toHaveBeenCalledTimes(1);
    expect((await readLayout('meet')).collapsed).toBe(false);
    firefox.remove();
  });
});
