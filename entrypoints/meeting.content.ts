import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSidebarDock, type SidebarDock } from '@/lib/content/sidebar-dock';
import { watchNavigation } from '@/lib/content/watch-navigation';
import { parseMeetingUrl } from '@/lib/meeting/meeting-url';
import { MEETING_PAGE_PATTERNS, platformOf } from '@/lib/platforms';
import { onTabMessage } from '@/lib/messaging/tab-protocol';
import { readLayout, updateLayout, watchLayout } from '@/lib/settings/sidebar-layout';

// Tiny on purpose: the meeting page pays only for this. No React, no database here.
export default defineContentScript({
  matches: MEETING_PAGE_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    let mounted: { key: string; dock: SidebarDock; stop: () => void } | undefined;
    let mounting: string | undefined;

    const unmount = () => {
      mounted?.stop();
      mounted?.dock.remove();
      mounted = undefined;
    };

    const sync = async () => {
      const meeting = parseMeetingUrl(location.href);
      if (meeting?.key === (mounted?.key ?? mounting)) return;
      unmount();
      mounting = meeting?.key;
      if (!meeting) return;
      const layout = await readLayout(meeting.platform);
      if (mounting !== meeting.key || ctx.isInvalid) return;
      // The sidebar asks the background which meeting its tab shows; nothing is passed in the URL.
      const dock = createSidebarDock({
        src: browser.runtime.getURL('/sidebar.html'),
        callControls: platformOf(meeting.platform).controls,
        onChange: (change) => void updateLayout(meeting.platform, change),
      });
      dock.apply(layout);
      mounted = { key: meeting.key, dock, stop: watchLayout(meeting.platform, dock.apply) };
      mounting = undefined;
    };

    // The "focus notes" shortcut: show the sidebar and give its frame focus; the background then
    // tells the frame to focus its box (never a postMessage, which the page could forge).
    onTabMessage('focusNotes', async () => {
      const meeting = parseMeetingUrl(location.href);
      if (!mounted || !meeting) return;
      await updateLayout(meeting.platform, { collapsed: false });
      mounted.dock.frame.focus();
    });

    // A narrower window may no longer fit the stored width: place the frame again (an event, not a poll).
    const reflow = () => mounted?.dock.reflow();
    window.addEventListener('resize', reflow);

    void sync();
    const stopWatching = watchNavigation(() => void sync());
    // Firefox without the Navigation API: the background reports pushState moves (lib/background/location-relay.ts).
    const stopRelay = onTabMessage('locationChanged', () => void sync());
    ctx.onInvalidated(() => {
      window.removeEventListener('resize', reflow);
      stopWatching();
      stopRelay();
      unmount();
    });
  },
});
