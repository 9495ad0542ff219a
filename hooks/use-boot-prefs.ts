import { createContext, useContext } from 'react';
import type { Appearance } from '@/lib/settings/appearance';
import type { SidebarLayout } from '@/lib/settings/sidebar-layout';

/** The layout and appearance the sidebar's first answer carried: the hooks start from them, then follow storage. */
export const BootPrefsContext = createContext<{ layout?: SidebarLayout; appearance?: Appearance }>({});

export const useBootPrefs = () => useContext(BootPrefsContext);
