import { create } from 'zustand';
import type { DraftStatus } from '../drafts/draft-writer';

/**
 * Text typed but not yet confirmed stored, and each field's save status. The stored value is
 * never copied here: a draft exists only until the database holds the same text.
 */
interface DraftsState {
  drafts: Record<string, string>;
  status: Record<string, DraftStatus>;
  setDraft: (key: string, text: string) => void;
  dropDraft: (key: string) => void;
  setStatus: (key: string, status: DraftStatus) => void;
}

export const useDraftsStore = create<DraftsState>()((set) => ({
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
