import { useEffect, useState } from 'react';
import type { LiveParams, LiveQueryName, LiveResult } from '@/lib/messaging/live-queries';
import { useDataClient } from './use-data-client';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Subscribes to a live query of the background for as long as the component is mounted. With
 * `initial` (what the first answer already carried) it is ready at once; the subscription starts
 * in an effect, after the first paint. With `params` null nothing is subscribed (yet).
 */
export function useLive<N extends LiveQueryName>(
  query: N,
  params: LiveParams<N> | null,
  initial?: LiveResult<N>,
): LiveState<LiveResult<N>> {
  const client = useDataClient();
  // A new object with the same content must not resubscribe, so the subscription keys on content.
  const key = `${query}:${JSON.stringify(params)}`;
  const [latest, setLatest] = useState<{ key: string; state: LiveState<LiveResult<N>> }>();

  useEffect(() => {
    if (key === `${query}:null`) return;
    return client.subscribe(query, JSON.parse(key.slice(query.length + 1)) as LiveParams<N>, {
      next: (value) => setLatest({ key, state: { status: 'ready', value } }),
      error: (message) => setLatest({ key, state: { status: 'error', message } }),
    });
  }, [client, query, key]);

  if (latest?.key === key) return latest.state;
  return initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial };
}
