import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSidebarDock, type SidebarDock } from '@/lib/content/sidebar-dock';
import { watchNavigation } from '@/lib/content/watch-navigation';
import { parseMeetingUrl } from '@/lib/meeting/meeting-url';
import { MEETING_PAGE_PATTERNS, platformOf } from '@/lib/platforms';
import { FOCUS_NOTES_FRAME_MESSAGE, onTabMessage } from '@/lib/messaging/tab-protocol';
import { readLayout, updateLayout, watchLayout } from '@/lib/settings/sidebar-layout';

// Tiny on purpose: the meeting page pays only for this. No React, no database here.
export default defineContentScript({
  matches: MEETING_PAGE_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    let mounted: { key: string; dock: SidebarDock; stop: () => void } | undefined;

    const unmount = () => {
      mounted?.stop();
      mounted?.dock.remove();
      mounted = undefined;
    };

    const sync = async () => {
      const meeting = parseMeetingUrl(location.href);
      if (meeting?.key === mounted?.key) return;
      unmount();
      if (!meeting) return;
      // The frame goes in first, unplaced and not shown, so its page loads while the layout is
      // read; the layout arrives long before that page can paint, so nothing jumps.
      // The sidebar asks the background which meeting its tab shows; nothing is passed in the URL.
      const dock = createSidebarDock({
        src: browser.runtime.getURL('/sidebar.html'),
        callControls: platformOf(meeting.platform).controls,
        onChange: (change) => void updateLayout(meeting.platform, change),
      });
      const own = { key: meeting.key, dock, stop: watchLayout(meeting.platform, dock.apply) };
      mounted = own;
      const layout = await readLayout(meeting.platform);
      if (mounted === own && !ctx.isInvalid) dock.apply(layout);
    };

    // The "focus notes" shortcut: show the sidebar, give its frame focus, then let it focus the box.
    onTabMessage('focusNotes', async () => {
      const meeting = parseMeetingUrl(location.href);
      if (!mounted || !meeting) return;
      await updateLayout(meeting.platform, { collapsed: false });
      mounted.dock.frame.focus();
      mounted.dock.frame.contentWindow?.postMessage(FOCUS_NOTES_FRAME_MESSAGE, new URL(mounted.dock.frame.src).origin);
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
