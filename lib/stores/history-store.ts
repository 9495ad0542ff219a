import { create } from 'zustand';
import type { DeletedInterview } from '../interviews/interview-removal-service';
import type { InterviewFilters } from '../search/search-filters';

export type HistoryView =
  { kind: 'list' } | { kind: 'interview'; id: string } | { kind: 'compare'; ids: string[] } | { kind: 'candidate'; key: string };

/**
 * What the Interviews section shows: the open view, the search, the filters, the selection, and
 * the interviews that Undo can still bring back (no longer in the database: the undo payload).
 */
interface HistoryState {
  view: HistoryView;
  query: string;
  filters: InterviewFilters;
  selected: ReadonlySet<string>;
  byCandidate: boolean;
  undo: DeletedInterview[] | null;
  show: (view: HistoryView) => void;
  setQuery: (query: string) => void;
  setFilters: (filters: InterviewFilters) => void;
  select: (ids: Iterable<string>, on: boolean) => void;
  clearSelection: () => void;
  setByCandidate: (on: boolean) => void;
  offerUndo: (undo: DeletedInterview[] | null) => void;
}

export const initialHistoryState = {
  view: { kind: 'list' } as HistoryView,
  query: '',
  filters: {} as InterviewFilters,
  selected: new Set<string>() as ReadonlySet<string>,
  byCandidate: false,
  undo: null,
};

export const useHistoryStore = create<HistoryState>()((set) => ({
  ...initialHistoryState,
  show: (view) => set({ view }),
  setQuery: (query) => set({ query }),
  setFilters: (filters) => set({ filters }),
  select: (ids, on) =>
    set((state) => {
      const next = new Set(state.selected);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return { selected: next };
    }),
  clearSelection: () => set({ selected: new Set() }),
  setByCandidate: (byCandidate) => set({ byCandidate }),
  offerUndo: (undo) => set({ undo }),
}));
