import { mountSurface } from '@/components/mount-surface';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import type { DataClient } from '@/lib/client/data-client';
import type { OpenTabInterviewResult } from '@/lib/messaging/protocol';
import { SidebarApp } from './sidebar-app';

/** The sidebar in a call's page: React and the app, loaded by entrypoints/sidebar/main.ts once its first request has left. */
export function mountInPageSidebar(client: DataClient, open: () => Promise<OpenTabInterviewResult>): void {
  mountSurface(
    <SidebarSurfaceContext.Provider value="in-page">
      <SidebarApp open={open} />
    </SidebarSurfaceContext.Provider>,
    client,
  );
}
