import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface ActiveTab {
  id: number;
  url: string | undefined;
}

/**
 * The active tab of the window this page belongs to, followed as the user switches tabs or a
 * tab navigates (a call starting in the same tab). Event-driven: nothing polls.
 */
export function useActiveTab(): ActiveTab | null | undefined {
  const [tab, setTab] = useState<ActiveTab | null>();

  useEffect(() => {
    let live = true;
    const refresh = async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (live) setTab(active?.id === undefined ? null : { id: active.id, url: active.url });
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url || change.status === 'complete') void refresh();
    };
    void refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows?.onFocusChanged.addListener(refresh);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows?.onFocusChanged.removeListener(refresh);
    };
  }, []);

  return tab;
}
