import { useEffect, useMemo } from 'react';
import { createNoteWriter, type NoteWriter } from '@/lib/notes/note-writer';
import { useNoteDraftsStore } from '@/lib/stores/note-drafts-store';
import { useDataClient } from './use-data-client';

/** One note writer per surface; whatever still waits is sent when the page is hidden or closed. */
export function useNoteWriter(): NoteWriter {
  const client = useDataClient();
  const setStatus = useNoteDraftsStore((s) => s.setStatus);
  const writer = useMemo(
    () => createNoteWriter({ save: (input) => client.saveNote(input), onStatus: setStatus }),
    [client, setStatus],
  );

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
