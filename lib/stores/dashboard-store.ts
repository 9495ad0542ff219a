import { create } from 'zustand';
import type { Kit } from '../kits/kit-types';
import type { PageImportRequest } from '../kits/page-import-request';

export type DashboardView =
  { kind: 'empty' } | { kind: 'edit'; kitId: string } | { kind: 'new' } | { kind: 'import'; page?: PageImportRequest };

/**
 * What the kit library shows: the open panel, the search text, and the one kit that can still be
 * brought back with Undo. That kit is no longer in the database: it is the undo payload, not a copy.
 */
interface DashboardState {
  view: DashboardView;
  search: string;
  undo: Kit | null;
  message: string;
  show: (view: DashboardView) => void;
  setSearch: (search: string) => void;
  offerUndo: (kit: Kit | null) => void;
  say: (message: string) => void;
}

export const useDashboardStore = create<DashboardState>()((set) => ({
  view: { kind: 'empty' },
  search: '',
  undo: null,
  message: '',
  show: (view) => set({ view }),
  setSearch: (search) => set({ search }),
  offerUndo: (undo) => set({ undo }),
  say: (message) => set({ message }),
}));

export const initialDashboardState = { view: { kind: 'empty' } as DashboardView, search: '', undo: null, message: '' };
