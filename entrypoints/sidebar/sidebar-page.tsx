import { mountSurface } from '@/components/mount-surface';
import { SidebarApp } from '@/components/sidebar/sidebar-app';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import { createExtensionClient } from '@/lib/client/extension-client';
import type { OpenTabInterviewResult } from '@/lib/messaging/protocol';

/** The in-page sidebar, opening on the answer to the request entrypoints/sidebar/main.tsx sent. */
export function mountSidebar(boot: Promise<OpenTabInterviewResult>): void {
  mountSurface(
    <SidebarSurfaceContext.Provider value="in-page">
      <SidebarApp open={() => boot} />
    </SidebarSurfaceContext.Provider>,
    createExtensionClient(),
  );
}
