import { storage } from 'wxt/utils/storage';
import { APPEARANCE_KEY, DEFAULT_APPEARANCE, type Appearance } from './appearance-shape';
import { appearanceV2 } from './migrations/appearance-v2';

export { DEFAULT_APPEARANCE, type Appearance, type CallStart, type SidebarSurface, type TextSize, type Theme } from './appearance-shape';

// A preference, not interview data: kept in extension storage where the background can read it
// without waking the database, and every surface hears changes. Builds before version 2 wrote it
// unversioned (version 1 to @wxt-dev/storage), sometimes partial; the first surface or worker of
// this build to load migrates it once, and every write since is typed. A new field or value is a
// version 3 with its own frozen migration beside appearance-v2.ts.
const appearanceItem = storage.defineItem<Appearance>(`local:${APPEARANCE_KEY}`, {
  fallback: DEFAULT_APPEARANCE,
  version: 2,
  migrations: { 2: appearanceV2 },
});

export function readAppearance(): Promise<Appearance> {
  return appearanceItem.getValue();
}

export async function updateAppearance(change: Partial<Appearance>): Promise<void> {
  await appearanceItem.setValue({ ...(await appearanceItem.getValue()), ...change });
}

/** Calls `onChange` with the whole appearance when it changes in any surface (the defaults once removed). */
export function watchAppearance(onChange: (appearance: Appearance) => void): () => void {
  return appearanceItem.watch((appearance) => onChange(appearance));
}
