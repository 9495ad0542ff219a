import { mountSurface } from '@/components/mount-surface';
import { SidebarApp } from '@/components/sidebar/sidebar-app';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import { createExtensionClient } from '@/lib/client/extension-client';
import '@/assets/sidebar.css';

const client = createExtensionClient();
// The first screen's one request leaves before React renders anything (lib/background/sidebar-boot.ts).
const boot = client.openTabInterview();

mountSurface(
  <SidebarSurfaceContext.Provider value="in-page">
    <SidebarApp open={() => boot} />
  </SidebarSurfaceContext.Provider>,
  client,
);
