import { browser } from 'wxt/browser';
import { createExtensionClient } from '@/lib/client/extension-client';
import type { DockStart, PageGeometry } from '@/lib/dock/dock-protocol';
import { dockStartAt } from '@/lib/dock/dock-start';
import { startFrameDock } from '@/lib/dock/frame-dock';
import { linkToPage } from '@/lib/dock/page-link';
import { paintEarlyScreen } from '@/lib/first-screen/early-screen';
import { frameWidth } from '@/lib/first-screen/first-screen-record';
import type { OpenTabInterviewResult } from '@/lib/messaging/protocol';
import '@/assets/sidebar.css';

// No React here: the frame's load event, which its content script waits for to hand over the
// secret (lib/content/puppet-dock.ts), comes once this small module has run, and the first
// request leaves before React starts (components/sidebar/in-page-sidebar.tsx).
const client = createExtensionClient();
// The content script hands this frame its secret, the page's URL and geometry as soon as it has
// loaded, then, once the background has named the call, where to go (lib/dock/page-link.ts).
const page = linkToPage();
// Where the frame goes and what a new call paints, read while the page has not yet said where it is.
const stored = browser.storage.local.get(null);
// The frame places itself (lib/dock/frame-dock.ts) while its first request is on its way: on a
// meeting's URL from the stored layout, before the background's answer; else from that answer.
let docked = false;
const dock = (start: DockStart, geometry: PageGeometry) => {
  if (docked) return;
  docked = true;
  performance.mark('sidebar docked');
  startFrameDock({ ...start, page: geometry, link: page });
};
const placed = page.first.then(async (first) => {
  const start = first && (await dockStartAt(first.href, stored));
  if (start) dock(start, first);
  return start && { start, first };
});
void page.dock.then((message) => dock(message.dock, message));
// The first screen's one request (lib/background/sidebar-boot.ts), with the frame's secret.
const boot = page.first.then((first) => client.openTabInterview(first?.secret)).finally(() => performance.mark('sidebar boot answered'));
let settled: OpenTabInterviewResult | undefined;
boot.then((answer) => (settled = answer)).catch(() => undefined);
// A new call paints the first screen the last one showed, without waiting for the worker or React.
const root = document.getElementById('root')!;
const early = placed
  .then((at) => (at ? paintEarlyScreen(at.first.href, { layout: at.start.layout, viewport: at.first.viewport }, root, stored, boot) : null))
  .catch(() => null);
// Resolves once the frame has painted what it holds since `since` (the first contentful paint, or
// the question's Element Timing when that paint came earlier), or after 300 ms where it paints
// nothing (a hidden frame). Not requestAnimationFrame: in headless Chromium 156 (bench/load) it
// never ran in this frame at all.
const paintedSince = (since: number) =>
  new Promise<void>((resolve) => {
    const done = () => {
      observers.forEach((observer) => observer.disconnect());
      resolve();
    };
    const observers = ['paint', 'element'].map((type) => {
      const observer = new PerformanceObserver((list) => list.getEntries().some((entry) => entry.startTime >= since) && done());
      observer.observe({ type, buffered: true });
      return observer;
    });
    setTimeout(done, 300);
  });
// Evaluating React is one long task: it starts once the first request has left and the frame is
// placed, so that neither waits behind it (their messages would queue until it ends). Its chunks
// are not preloaded either: the frame's load event, and with it the handshake, waited for them
// (without: 0.96× the time to question after a restart, 0.99× after installing). An early
// screen is painted first, and React's first commit over it must be the interview, not
// "Opening…": it waits for the answer.
void Promise.all([placed, early]).then(async ([at, painted]) => {
  if (painted)
    await Promise.all([paintedSince(performance.getEntriesByName('sidebar early screen')[0]?.startTime ?? 0), boot.catch(() => undefined)]);
  const { mountInPageSidebar } = await import('@/components/sidebar/in-page-sidebar');
  const width = at ? frameWidth(at.start.layout, at.first.viewport) : null;
  mountInPageSidebar(client, { open: () => boot, settled, kept: painted?.kept ? painted.shown : null, width });
});
