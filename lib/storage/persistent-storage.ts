/** What Settings says of the extension's storage: whether the browser may clear it, and its size. */
export interface StorageState {
  /** True when the origin's storage is marked persistent (`navigator.storage.persisted()`). */
  persisted: boolean;
  /**
   * The `unlimitedStorage` permission is granted. Chromium answers `persist()` by site engagement,
   * so an extension usually stays "not persisted"; but it does not evict an origin with unlimited
   * storage, so either one keeps the data under storage pressure.
   */
  unlimited: boolean;
  /** Bytes the extension's origin uses (IndexedDB included), when the browser says. */
  usage?: number;
  quota?: number;
}

/**
 * Asks the browser to keep the extension's data under storage pressure, then says what holds.
 * Only an extension page can ask (a worker has no `persist()`); with `unlimitedStorage` the
 * browsers grant it without a prompt.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
  hasUnlimitedStorage: () => Promise<boolean> = async () => false,
): Promise<StorageState> {
  const unlimited = await Promise.resolve()
    .then(hasUnlimitedStorage)
    .catch(() => false);
  if (!storage?.persisted) return { persisted: false, unlimited };
  let persisted = await storage.persisted();
  if (!persisted && storage.persist) persisted = await storage.persist();
  const { usage, quota } = storage.estimate ? await storage.estimate() : {};
  return { persisted, unlimited, usage, quota };
}

/** Kept under storage pressure by either rule. */
export const isProtected = (state: StorageState) => state.persisted || state.unlimited;

/** "12.3 MB": decimal units, as the browsers' own settings show sizes. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
