import { mountSurface } from '@/components/mount-surface';
import { SidebarApp } from '@/components/sidebar/sidebar-app';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import '@/assets/sidebar.css';

mountSurface(
  <SidebarSurfaceContext.Provider value="in-page">
    <SidebarApp />
  </SidebarSurfaceContext.Provider>,
);
