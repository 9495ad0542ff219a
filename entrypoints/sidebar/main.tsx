import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidebarApp } from '@/components/sidebar/sidebar-app';
import { DataClientContext } from '@/hooks/use-data-client';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import { createExtensionClient } from '@/lib/client/extension-client';
import '@/assets/sidebar.css';

const root = document.getElementById('root');
if (!root) throw new Error('The sidebar page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <DataClientContext.Provider value={createExtensionClient()}>
      <SidebarSurfaceContext.Provider value="in-page">
        <SidebarApp />
      </SidebarSurfaceContext.Provider>
    </DataClientContext.Provider>
  </StrictMode>,
);
