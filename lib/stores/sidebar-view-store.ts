import { create } from 'zustand';

export type SidebarView = 'question' | 'wrap-up' | 'help';

/**
 * What the sidebar shows, and whether anyone can see it. UI state only: the interview itself
 * lives in the database, the layout in extension storage.
 */
interface SidebarViewState {
  view: SidebarView;
  /** False while the in-page sidebar is collapsed: clocks stop ticking. */
  shown: boolean;
  setView: (view: SidebarView) => void;
  setShown: (shown: boolean) => void;
}

export const useSidebarViewStore = create<SidebarViewState>()((set) => ({
  view: 'question',
  shown: true,
  setView: (view) => set({ view }),
  setShown: (shown) => set({ shown }),
}));
