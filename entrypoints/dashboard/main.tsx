import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { DataClientContext } from '@/hooks/use-data-client';
import { createExtensionClient } from '@/lib/client/extension-client';
import '@/assets/dashboard.css';

const root = document.getElementById('root');
if (!root) throw new Error('The dashboard page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <DataClientContext.Provider value={createExtensionClient()}>
      <DashboardApp />
    </DataClientContext.Provider>
  </StrictMode>,
);
