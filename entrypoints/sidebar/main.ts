import { mountSurface } from '@/components/mount-surface';
import { SidebarApp } from '@/components/sidebar/sidebar-app';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import { createExtensionClient } from '@/lib/client/extension-client';
import { startFrameDock } from '@/lib/dock/frame-dock';
import { linkToPage } from '@/lib/dock/page-link';
import '@/assets/sidebar.css';

const client = createExtensionClient();
// The content script hands this frame its secret, the page's geometry and where to go (lib/dock/page-link.ts).
const page = linkToPage();
// The frame places itself at once (lib/dock/frame-dock.ts), while its first request is on its way.
void page.first.then((first) => first && startFrameDock({ ...first.dock, page: first, link: page }));
// The first screen's one request (lib/background/sidebar-boot.ts), with the frame's secret.
const boot = page.first.then((first) => client.openTabInterview(first?.secret));

mountSurface(
  <SidebarSurfaceContext.Provider value="in-page">
    <SidebarApp open={() => boot} />
  </SidebarSurfaceContext.Provider>,
  client,
);
