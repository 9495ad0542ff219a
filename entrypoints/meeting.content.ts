import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSidebarDock, type SidebarDock } from '@/lib/content/sidebar-dock';
import { watchNavigation } from '@/lib/content/watch-navigation';
import { parseMeetingUrl } from '@/lib/meeting/meeting-url';
import { unnamedCallPlatform } from '@/lib/meeting/tab-call';
import { MEETING_PAGE_PATTERNS, platformOf, type MeetingPlatform } from '@/lib/platforms';
import { onTabMessage, TAB_CALL_QUERY, type TabCallAnswer } from '@/lib/messaging/tab-protocol';
import { readCallStart } from '@/lib/settings/call-start';
import { readLayout, updateLayout, watchLayout } from '@/lib/settings/sidebar-layout';

type Call = { key: string; platform: MeetingPlatform };

// Tiny on purpose: the meeting page pays only for this. No React, no database here.
export default defineContentScript({
  matches: MEETING_PAGE_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    let mounted: (Call & { dock: SidebarDock; stop: () => void }) | undefined;
    let turn = 0;

    const unmount = () => {
      mounted?.stop();
      mounted?.dock.remove();
      mounted = undefined;
    };

    // The background remembers the meeting a tab joined (lib/background/tab-calls.ts): told here
    // where the URL names it, asked where it names none (Teams after joining).
    const askBackground = () => browser.runtime.sendMessage({ [TAB_CALL_QUERY]: true }).then((a: TabCallAnswer) => a as Call | null);

    const callHere = async (): Promise<Call | null | undefined> => {
      const meeting = parseMeetingUrl(location.href);
      if (meeting) {
        if (meeting.key !== mounted?.key) void askBackground().catch(() => undefined);
        return meeting;
      }
      // Moved within the call and the URL stopped naming it: the same call, the same sidebar.
      if (mounted && unnamedCallPlatform(location.href) === mounted.platform) return mounted;
      return unnamedCallPlatform(location.href) ? askBackground().catch(() => null) : null;
    };

    const sync = async () => {
      const mine = ++turn;
      const call = await callHere();
      if (mine !== turn || ctx.isInvalid || call?.key === mounted?.key) return;
      unmount();
      if (!call) return;
      const platform = call.platform;
      // The frame goes in first, unplaced and not shown, so its page loads while the layout is
      // read; the layout arrives long before that page can paint, so nothing jumps.
      // The sidebar asks the background which meeting its tab shows; nothing is passed in the URL.
      const dock = createSidebarDock({
        src: browser.runtime.getURL('/sidebar.html'),
        callControls: platformOf(platform).controls,
        onChange: (change) => void updateLayout(platform, change),
      });
      const own = { key: call.key, platform, dock, stop: watchLayout(platform, dock.apply) };
      mounted = own;
      const [layout, callStart] = await Promise.all([readLayout(platform), readCallStart()]);
      if (mounted !== own || ctx.isInvalid) return;
      // "Stays as a handle until asked" (Settings): every call starts hidden to the Show handle.
      if (callStart === 'handle' && !layout.collapsed) void updateLayout(platform, { collapsed: true });
      dock.apply(callStart === 'handle' ? { ...layout, collapsed: true } : layout);
    };

    // The "focus notes" shortcut: show the sidebar and give its frame focus; the background then
    // tells the frame to focus its box (never a postMessage, which the page could forge).
    onTabMessage('focusNotes', async () => {
      if (!mounted) return;
      await updateLayout(mounted.platform, { collapsed: false });
      mounted.dock.frame.focus();
    });

    // A narrower window may no longer fit the stored width: place the frame again (an event, not a poll).
    const reflow = () => mounted?.dock.reflow();
    window.addEventListener('resize', reflow);

    void sync();
    const stopWatching = watchNavigation(() => void sync());
    // The background reports pushState moves on Firefox without the Navigation API
    // (lib/background/location-relay.ts), and a call it now knows of (the toolbar button on a call it could not name).
    const stopRelay = onTabMessage('locationChanged', () => void sync());
    ctx.onInvalidated(() => {
      window.removeEventListener('resize', reflow);
      stopWatching();
      stopRelay();
      unmount();
    });
  },
});
