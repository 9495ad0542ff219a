import { createContext, useContext } from 'react';
import type { DataClient } from '@/lib/client/data-client';

export const DataClientContext = createContext<DataClient | null>(null);

export function useDataClient(): DataClient {
  const client = useContext(DataClientContext);
  if (!client) throw new Error('useDataClient needs a DataClientContext provider.');
  return client;
}
