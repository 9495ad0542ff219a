import { createContext, useContext, useEffect, useMemo } from 'react';
import { createDraftWriter, type DraftWriter } from '@/lib/drafts/draft-writer';
import { useDraftsStore } from '@/lib/stores/drafts-store';

export const DraftWriterContext = createContext<DraftWriter | null>(null);

/** Creates the surface's one draft writer; whatever still waits is sent when the page is hidden or closed. */
export function useNewDraftWriter(): DraftWriter {
  const setStatus = useDraftsStore((s) => s.setStatus);
  const writer = useMemo(() => createDraftWriter(setStatus), [setStatus]);

  useEffect(() => {
    const flush = () => void writer.flush();
    const flushWhenHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [writer]);

  return writer;
}

export function useDraftWriter(): DraftWriter {
  const writer = useContext(DraftWriterContext);
  if (!writer) throw new Error('useDraftWriter needs a DraftWriterContext provider.');
  return writer;
}
