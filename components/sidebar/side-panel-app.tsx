import { useActiveTab } from '@/hooks/use-active-tab';
import { useDataClient } from '@/hooks/use-data-client';
import { parseMeetingUrl } from '@/lib/meeting/meeting-url';
import { unnamedCallPlatform } from '@/lib/meeting/tab-call';
import { PLATFORM_LIST } from '@/lib/platforms';
import { SidebarApp } from './sidebar-app';
import { KitLibraryLink } from './kit-library-link';
import { StatusMessage } from './status-message';

/** The browser's side panel: the same sidebar, bound to the interview of the active meeting tab. */
export function SidePanelApp() {
  const client = useDataClient();
  const tab = useActiveTab();
  if (tab === undefined) return <StatusMessage busy>Looking for the call…</StatusMessage>;
  const meeting = tab ? parseMeetingUrl(tab.url) : null;
  // A page that may be a call whose URL names no meeting: the background knows what the tab joined, or offers the chooser.
  const unnamed = tab && !meeting ? unnamedCallPlatform(tab.url) : null;
  if (!tab || (!meeting && !unnamed)) {
    return (
      <StatusMessage pageTitle="Interview sidebar">
        This tab is not a {PLATFORM_LIST} call. Switch to the call’s tab to see its interview, or open the <KitLibraryLink />.
      </StatusMessage>
    );
  }
  // Keyed by meeting: another call, or another tab, opens its own interview.
  return (
    <SidebarApp
      key={`${tab.id}:${meeting?.key ?? unnamed}`}
      open={() => client.openInterviewForTab(tab.id)}
      choose={(choice) => client.chooseTabInterview({ ...choice, tabId: tab.id })}
      tabId={tab.id}
    />
  );
}
