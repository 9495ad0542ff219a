import { createExtensionClient } from '@/lib/client/extension-client';
import type { DockStart, PageGeometry } from '@/lib/dock/dock-protocol';
import { dockStartAt } from '@/lib/dock/dock-start';
import { startFrameDock } from '@/lib/dock/frame-dock';
import { linkToPage } from '@/lib/dock/page-link';
import '@/assets/sidebar.css';

// No React here: the frame's load event, which its content script waits for to hand over the
// secret (lib/content/puppet-dock.ts), comes once this small module has run (React's chunks are
// only preloaded, wxt.config.ts), and the first request leaves before React starts
// (components/sidebar/in-page-sidebar.tsx).
const client = createExtensionClient();
// The content script hands this frame its secret, the page's URL and geometry as soon as it has
// loaded, then, once the background has named the call, where to go (lib/dock/page-link.ts).
const page = linkToPage();
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
  const start = first && (await dockStartAt(first.href));
  if (start) dock(start, first);
});
void page.dock.then((message) => dock(message.dock, message));
// The first screen's one request (lib/background/sidebar-boot.ts), with the frame's secret.
const boot = page.first.then((first) => client.openTabInterview(first?.secret)).finally(() => performance.mark('sidebar boot answered'));
// Evaluating React is one long task: it starts once the first request has left and the frame is
// placed, so that neither waits behind it (their messages would queue until it ends).
void placed
  .then(() => import('@/components/sidebar/in-page-sidebar'))
  .then(({ mountInPageSidebar }) => mountInPageSidebar(client, () => boot));
