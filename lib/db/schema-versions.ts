import type { Dexie } from 'dexie';
import { version1 } from './migrations/v1';
import { version2 } from './migrations/v2';
import { version3 } from './migrations/v3';

/**
 * Every schema version, oldest first. A new version adds a file in ./migrations with its stores,
 * its upgrade function and a test that starts from a database filled at the version before.
 */
export const schemaVersions = [version1, version2, version3];

export function applySchemaVersions(db: Dexie, upTo = schemaVersions.length): void {
  for (const step of schemaVersions.slice(0, upTo)) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
