import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ExtensionStorage } from './browser-control';
import type { Suite } from './suite';

/** What the tests do with the extension's storage. */
export type StorageAccess = Pick<ExtensionStorage, 'get' | 'set' | 'remove'>;

/**
 * The extension's storage for a test file: opened once with the file's browser, and `reset`
 * before each test so preferences (layout, appearance) never leak from one test to the next.
 */
export function setupStorage(suite: Suite, reset: (storage: StorageAccess) => Promise<void>): StorageAccess {
  let opened: ExtensionStorage | undefined;
  const current = () => {
    if (!opened) throw new Error('The extension storage is not open yet (use it inside a test).');
    return opened;
  };
  beforeAll(async () => {
    opened = await ExtensionStorage.open(suite.browser);
  });
  afterAll(async () => {
    await opened?.close();
  });
  beforeEach(() => reset(current()));
  return {
    get: (key) => current().get(key),
    set: (values) => current().set(values),
    remove: (...keys) => current().remove(...keys),
  };
}
