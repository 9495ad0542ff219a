import { createContext, useContext, useMemo } from 'react';
import { createDraftWriter, type DraftWriter } from '@/lib/drafts/draft-writer';
import { useDraftsStore } from '@/lib/stores/drafts-store';

export const DraftWriterContext = createContext<DraftWriter | null>(null);

/** Creates the surface's one draft writer. */
export function useNewDraftWriter(): DraftWriter {
  const setStatus = useDraftsStore((s) => s.setStatus);
  return useMemo(() => createDraftWriter(setStatus), [setStatus]);
}

export function useDraftWriter(): DraftWriter {
  const writer = useContext(DraftWriterContext);
  if (!writer) throw new Error('useDraftWriter needs a DraftWriterContext provider.');
  return writer;
}
