import type { InterviewDatabase } from '../db/database';
import { refreshUnstartedInterviews } from '../interviews/kit-refresh';
import { KIT_LIMITS, parseKitContent } from './kit-schema';
import { kitContentOf } from './kit-content';
import type { Kit, KitContent } from './kit-types';

/**
 * The background's operations on kits. Content comes from a message, so it is validated here
 * again even though every surface validates before sending. Bundled kits are read-only: the
 * user edits a copy, which an update of the bundled kit never touches.
 */
export function createKitService(db: InterviewDatabase, now: () => number = Date.now) {
  async function createKit(content: unknown): Promise<Kit> {
    const kit: Kit = { ...validContent(content), id: newKitId(), origin: 'user', createdAt: now(), updatedAt: now() };
    await db.kits.add(kit);
    return kit;
  }

  async function updateKit(id: string, content: unknown): Promise<Kit> {
    const valid = validContent(content);
    return db.transaction('rw', [db.kits, db.sessions, db.notes], async () => {
      const stored = await requireUserKit(id, 'edited');
      const kit: Kit = { ...valid, id, origin: 'user', createdAt: stored.createdAt, updatedAt: now() };
      await db.kits.put(kit);
      await refreshUnstartedInterviews(db, kit, kit.updatedAt);
      return kit;
    });
  }

  async function duplicateKit(id: string): Promise<Kit> {
    const source = await db.kits.get(id);
    if (!source) throw new Error('This kit no longer exists.');
    const content = kitContentOf(source);
    return createKit({ ...content, title: `${content.title} (copy)`.slice(0, KIT_LIMITS.line) });
  }

  /** Deletes a user kit and returns it whole, so the surface can offer Undo (restoreKit). */
  async function deleteKit(id: string): Promise<Kit> {
    return db.transaction('rw', db.kits, async () => {
      const kit = await requireUserKit(id, 'deleted');
      await db.kits.delete(id);
      return kit;
    });
  }

  async function restoreKit(kit: unknown): Promise<Kit> {
    const row = kit as Partial<Kit> | null;
    const id = typeof row?.id === 'string' && /^user:[\w-]{1,80}$/.test(row.id) ? row.id : undefined;
    if (!id) throw new Error('Only a deleted user kit can be restored.');
    const restored: Kit = {
      ...validContent(kit),
      id,
      origin: 'user',
      createdAt: typeof row?.createdAt === 'number' ? row.createdAt : now(),
      updatedAt: now(),
    };
    await db.transaction('rw', db.kits, async () => {
      if (await db.kits.get(id)) throw new Error('This kit is already back.');
      await db.kits.add(restored);
    });
    return restored;
  }

  async function requireUserKit(id: string, action: string): Promise<Kit> {
    const kit = await db.kits.get(id);
    if (!kit) throw new Error('This kit no longer exists.');
    if (kit.origin !== 'user') throw new Error(`A bundled kit cannot be ${action}; duplicate it and change the copy.`);
    return kit;
  }

  return { createKit, updateKit, duplicateKit, deleteKit, restoreKit };
}

export type KitService = ReturnType<typeof createKitService>;

function validContent(content: unknown): KitContent {
  const result = parseKitContent(content);
  if (!result.ok) throw new Error(`This kit is not valid: ${result.error}`);
  return result.kit;
}

function newKitId(): string {
  return `user:${crypto.randomUUID()}`;
}
