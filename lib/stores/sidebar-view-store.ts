import { create } from 'zustand';

export type SidebarView = 'question' | 'wrap-up';

/** Which view the sidebar shows. UI state only: the interview itself lives in the database. */
interface SidebarViewState {
  view: SidebarView;
  setView: (view: SidebarView) => void;
}

export const useSidebarViewStore = create<SidebarViewState>()((set) => ({
  view: 'question',
  setView: (view) => set({ view }),
}));
