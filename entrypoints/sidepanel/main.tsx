import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/sidebar/side-panel-app';
import { DataClientContext } from '@/hooks/use-data-client';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import { createExtensionClient } from '@/lib/client/extension-client';
import '@/assets/sidebar.css';

const root = document.getElementById('root');
if (!root) throw new Error('The side panel page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <DataClientContext.Provider value={createExtensionClient()}>
      <SidebarSurfaceContext.Provider value="side-panel">
        <SidePanelApp />
      </SidebarSurfaceContext.Provider>
    </DataClientContext.Provider>
  </StrictMode>,
);
