import { mountSurface } from '@/components/mount-surface';
import { SidePanelApp } from '@/components/sidebar/side-panel-app';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import '@/assets/sidebar.css';

mountSurface(
  <SidebarSurfaceContext.Provider value="side-panel">
    <SidePanelApp />
  </SidebarSurfaceContext.Provider>,
);
