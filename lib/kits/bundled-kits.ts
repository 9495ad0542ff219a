import type { InterviewDatabase } from '../db/database';
import type { Kit } from './kit-types';
import { BACKEND_ENGINEER_KIT_ID, BACKEND_ENGINEER_KIT_VERSION, backendEngineerKit } from './bundled/backend-engineer';

export const DEFAULT_KIT_ID = BACKEND_ENGINEER_KIT_ID;

const bundledKits = [{ id: BACKEND_ENGINEER_KIT_ID, version: BACKEND_ENGINEER_KIT_VERSION, content: backendEngineerKit }];

/** The ids only shipped kits carry: a restored kit may claim `origin: 'bundled'` only with one of them. */
export const BUNDLED_KIT_IDS: readonly string[] = bundledKits.map((k) => k.id);

/**
 * Puts the shipped kits into the database, refreshing one only when its shipped version is newer.
 * User copies are separate kits with their own ids, so an update never touches them.
 */
export async function installBundledKits(db: InterviewDatabase, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.kits, async () => {
    for (const bundled of bundledKits) {
      const stored = await db.kits.get(bundled.id);
      if (stored && (stored.bundledVersion ?? 0) >= bundled.version) continue;
      const kit: Kit = {
        ...bundled.content,
        id: bundled.id,
        origin: 'bundled',
        bundledVersion: bundled.version,
        createdAt: stored?.createdAt ?? now,
        updatedAt: now,
      };
      await db.kits.put(kit);
    }
  });
}
