import type { InterviewDatabase } from '../db/database';
import { DEFAULT_KIT_ID, installBundledKits } from '../kits/bundled-kits';
import { kitContentOf } from '../kits/kit-content';
import type { Kit, KitContent } from '../kits/kit-types';

/** What an interview keeps of its kit: a deep copy, so editing the kit later changes nothing here. */
export function kitSnapshot(kit: Kit): KitContent {
  // Where the kit was imported from is the kit's own record, not part of what was asked.
  const { sourceUrl: _source, ...content } = kitContentOf(kit);
  return structuredClone(content);
}

/** The kit a new interview starts with: the one chosen last, else the bundled default. */
export async function startingKit(db: InterviewDatabase, now: number): Promise<Kit> {
  const lastId = (await db.settings.get('lastKitId'))?.value;
  const last = lastId ? await db.kits.get(lastId) : undefined;
  if (last) return last;
  let kit = await db.kits.get(DEFAULT_KIT_ID);
  if (!kit) {
    await installBundledKits(db, now);
    kit = await db.kits.get(DEFAULT_KIT_ID);
  }
  if (!kit) throw new Error('The default interview kit is missing.');
  return kit;
}
