import { create } from 'zustand';
import type { NoteWriteStatus } from '../notes/note-writer';

/**
 * Text typed but not yet confirmed stored, and each note's save status. The stored note itself
 * is never copied here: a draft exists only until the database holds the same text.
 */
interface NoteDraftsState {
  drafts: Record<string, string>;
  status: Record<string, NoteWriteStatus>;
  setDraft: (key: string, text: string) => void;
  dropDraft: (key: string) => void;
  setStatus: (key: string, status: NoteWriteStatus) => void;
}

export const useNoteDraftsStore = create<NoteDraftsState>()((set) => ({
  drafts: {},
  status: {},
  setDraft: (key, text) => set((s) => ({ drafts: { ...s.drafts, [key]: text } })),
  dropDraft: (key) =>
    set((s) => {
      const { [key]: _dropped, ...drafts } = s.drafts;
      return { drafts };
    }),
  setStatus: (key, status) => set((s) => ({ status: { ...s.status, [key]: status } })),
}));
