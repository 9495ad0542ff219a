import { createContext, useContext } from 'react';

/** Where this copy of the sidebar app runs: in the meeting page's frame or the browser's side panel. */
export type SidebarSurfaceKind = 'in-page' | 'side-panel';

export const SidebarSurfaceContext = createContext<SidebarSurfaceKind>('in-page');

export const useSidebarSurface = () => useContext(SidebarSurfaceContext);
