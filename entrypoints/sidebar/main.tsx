import { mountSurface } from '@/components/mount-surface';
import { SidebarApp } from '@/components/sidebar/sidebar-app';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import { createExtensionClient } from '@/lib/client/extension-client';
import { dockWhenBooted } from '@/lib/dock/dock-when-booted';
import { linkToPage } from '@/lib/dock/page-link';
import '@/assets/sidebar.css';

const client = createExtensionClient();
// The first screen's one request leaves before React renders anything (lib/background/sidebar-boot.ts),
// as soon as the content script has handed this frame its secret (lib/dock/page-link.ts).
const page = linkToPage();
const boot = page.first.then((first) => client.openTabInterview(first?.secret));
// The frame places itself on the page once it knows its call (lib/dock/frame-dock.ts).
void dockWhenBooted(boot, page);

mountSurface(
  <SidebarSurfaceContext.Provider value="in-page">
    <SidebarApp open={() => boot} />
  </SidebarSurfaceContext.Provider>,
  client,
);
