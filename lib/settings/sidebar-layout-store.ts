import { storage } from 'wxt/utils/storage';
import { platformOf, type MeetingPlatform } from '../platforms';
import { clampWidth, DEFAULT_LAYOUT, layoutStorageKey, type SidebarLayout } from './sidebar-layout';

// Layout lives in extension storage, not the database: the background reads it for the first
// screen without opening IndexedDB, and every surface hears changes. One item per field: the
// frame, the sidebar's buttons and the toolbar write different fields at the same time, and a
// read-merge-write of one object would let one undo another. The keys are those of the builds
// before this library was used (`layout:<platform>:<field>`, unversioned), so nothing migrates.
function layoutItems(platform: MeetingPlatform) {
  const key = (field: keyof SidebarLayout) => `local:${layoutStorageKey(platform, field)}` as const;
  return {
    collapsed: storage.defineItem<boolean>(key('collapsed'), { fallback: DEFAULT_LAYOUT.collapsed }),
    dock: storage.defineItem<SidebarLayout['dock']>(key('dock'), { fallback: platformOf(platform).defaultDock }),
    width: storage.defineItem<number | null>(key('width'), { fallback: DEFAULT_LAYOUT.width }),
    compact: storage.defineItem<boolean>(key('compact'), { fallback: DEFAULT_LAYOUT.compact }),
    mode: storage.defineItem<SidebarLayout['mode']>(key('mode'), { fallback: DEFAULT_LAYOUT.mode }),
  };
}
type LayoutItems = ReturnType<typeof layoutItems>;
const itemsByPlatform = new Map<MeetingPlatform, LayoutItems>();
const itemsOf = (platform: MeetingPlatform) =>
  itemsByPlatform.get(platform) ?? itemsByPlatform.set(platform, layoutItems(platform)).get(platform)!;

export async function readLayout(platform: MeetingPlatform): Promise<SidebarLayout> {
  const { collapsed, dock, width, compact, mode } = itemsOf(platform);
  const [c, d, w, k, m] = await storage.getItems([collapsed, dock, width, compact, mode]);
  return { collapsed: c!.value, dock: d!.value, width: w!.value === null ? null : clampWidth(w!.value), compact: k!.value, mode: m!.value };
}

/** Writes the fields `change` names (a width within its bounds), in one storage call. */
export async function updateLayout(platform: MeetingPlatform, change: Partial<SidebarLayout>): Promise<void> {
  const items = itemsOf(platform);
  const values: Parameters<typeof storage.setItems>[0] = [];
  for (const field of Object.keys(items) as (keyof SidebarLayout)[]) {
    const value = field === 'width' && typeof change.width === 'number' ? clampWidth(change.width) : change[field];
    if (value !== undefined) values.push({ item: items[field], value });
  }
  await storage.setItems(values);
}

/** Calls `onChange` with the whole layout whenever a field of it changes (in any tab or surface). */
export function watchLayout(platform: MeetingPlatform, onChange: (layout: SidebarLayout) => void): () => void {
  const stops = Object.values(itemsOf(platform)).map((item) => item.watch(() => void readLayout(platform).then(onChange)));
  return () => stops.forEach((stop) => stop());
}
