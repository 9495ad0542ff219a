import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSidebarFrame } from '@/lib/content/sidebar-frame';
import { watchNavigation } from '@/lib/content/watch-navigation';
import { parseMeetingUrl } from '@/lib/meeting/meeting-url';

// Tiny on purpose: the meeting page pays only for this. No React, no database here.
export default defineContentScript({
  matches: ['https://meet.google.com/*', 'https://*.zoom.us/wc/*'],
  runAt: 'document_idle',
  main(ctx) {
    let frame: HTMLIFrameElement | undefined;
    let mountedFor: string | undefined;

    const sync = () => {
      const meeting = parseMeetingUrl(location.href);
      if (meeting?.key === mountedFor) return;
      frame?.remove();
      frame = undefined;
      mountedFor = meeting?.key;
      if (!meeting) return;
      // The sidebar asks the background which meeting its tab shows; nothing is passed in the URL.
      frame = createSidebarFrame(browser.runtime.getURL('/sidebar.html'));
      document.documentElement.append(frame);
    };

    sync();
    const stopWatching = watchNavigation(sync);
    ctx.onInvalidated(() => {
      stopWatching();
      frame?.remove();
    });
  },
});
