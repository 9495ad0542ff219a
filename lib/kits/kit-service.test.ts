import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { BACKEND_ENGINEER_KIT_ID, backendEngineerKit } from './bundled/backend-engineer';
import { installBundledKits } from './bundled-kits';
import { createKitService } from './kit-service';

let db: InterviewDatabase;
beforeEach(async () => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  await installBundledKits(db, 1);
});
afterEach(() => db.delete());

const content = { title: ' Designer ', questions: [{ text: 'Why design?' }], redFlags: [] };

describe('kit service', () => {
  it('creates a user kit from valid content, normalised, with question ids', async () => {
    const kit = await createKitService(db, () => 5).createKit(content);
    expect(kit).toMatchObject({ origin: 'user', title: 'Designer', createdAt: 5, questions: [{ id: 'why-design', text: 'Why design?' }] });
    expect(kit.id).toMatch(/^user:/);
    expect(await db.kits.get(kit.id)).toEqual(kit);
  });

  it('refuses invalid content, naming the field, and writes nothing', async () => {
    const service = createKitService(db);
    await expect(service.createKit({ title: 'x', questions: [{}] })).rejects.toThrow('questions[0].text: required');
    await expect(service.createKit('<script>')).rejects.toThrow(/kit: must be an object/);
    expect(await db.kits.count()).toBe(1);
  });

  it('duplicates the bundled kit as an editable copy that a bundled update leaves alone', async () => {
    const service = createKitService(db);
    const copy = await service.duplicateKit(BACKEND_ENGINEER_KIT_ID);
    expect(copy).toMatchObject({ origin: 'user', title: 'Backend Engineer (copy)', questions: backendEngineerKit.questions });
    expect(copy.id).not.toBe(BACKEND_ENGINEER_KIT_ID);
    await service.updateKit(copy.id, { ...copy, title: 'My backend kit' });
    await db.kits.update(BACKEND_ENGINEER_KIT_ID, { bundledVersion: 0 });
    await installBundledKits(db, 9);
    expect((await db.kits.get(copy.id))?.title).toBe('My backend kit');
  });

  it('keeps bundled kits read-only', async () => {
    const service = createKitService(db);
    await expect(service.updateKit(BACKEND_ENGINEER_KIT_ID, content)).rejects.toThrow(/bundled kit cannot be edited/);
    await expect(service.deleteKit(BACKEND_ENGINEER_KIT_ID)).rejects.toThrow(/bundled kit cannot be deleted/);
  });

  it('updates a user kit in place, keeping its id and creation time', async () => {
    let t = 1;
    const service = createKitService(db, () => t++);
    const kit = await service.createKit(content);
    const updated = await service.updateKit(kit.id, { ...content, title: 'Renamed' });
    expect(updated).toMatchObject({ id: kit.id, title: 'Renamed', createdAt: kit.createdAt });
    expect(updated.updatedAt).toBeGreaterThan(kit.updatedAt);
    await expect(service.updateKit('user:missing', content)).rejects.toThrow(/no longer exists/);
  });

  it('deletes a user kit and restores it whole with Undo', async () => {
    const service = createKitService(db);
    const kit = await service.createKit(content);
    const deleted = await service.deleteKit(kit.id);
    expect(await db.kits.get(kit.id)).toBeUndefined();
    const restored = await service.restoreKit(deleted);
    expect(restored).toMatchObject({ id: kit.id, title: 'Designer', createdAt: kit.createdAt });
    await expect(service.restoreKit(deleted)).rejects.toThrow(/already back/);
    await expect(service.restoreKit({ ...deleted, id: BACKEND_ENGINEER_KIT_ID })).rejects.toThrow(/Only a deleted user kit/);
  });
});
