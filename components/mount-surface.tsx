import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataClientContext } from '@/hooks/use-data-client';
import type { DataClient } from '@/lib/client/data-client';
import { createExtensionClient } from '@/lib/client/extension-client';
import { ErrorBoundary } from './error-boundary';

/** Renders an extension page's app into #root, with the data client every surface uses. */
export function mountSurface(app: ReactNode, client: DataClient = createExtensionClient()): void {
  const root = document.getElementById('root');
  if (!root) throw new Error(`${document.title} has no #root element.`);
  createRoot(root).render(
    <StrictMode>
      <DataClientContext.Provider value={client}>
        <ErrorBoundary what="this page">{app}</ErrorBoundary>
      </DataClientContext.Provider>
    </StrictMode>,
  );
}
