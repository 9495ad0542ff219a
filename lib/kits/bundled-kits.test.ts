import { readFileSync } from 'node:fs';
import { SEED_PATH, itWithSeed } from './seed.test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { BACKEND_ENGINEER_KIT_ID, backendEngineerKit } from './bundled/backend-engineer';
import { installBundledKits } from './bundled-kits';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('installBundledKits', () => {
  it('installs the Backend Engineer kit once, and does not rewrite it when the version is unchanged', async () => {
    await installBundledKits(db, 1);
    await installBundledKits(db, 2);
    const kit = await db.kits.get(BACKEND_ENGINEER_KIT_ID);
    expect(kit).toMatchObject({ origin: 'bundled', title: 'Backend Engineer', createdAt: 1, updatedAt: 1 });
  });

  it('refreshes an older bundled version but leaves user kits alone', async () => {
    await installBundledKits(db, 1);
    await db.kits.update(BACKEND_ENGINEER_KIT_ID, { bundledVersion: 0, title: 'Old text' });
    await db.kits.add({ ...backendEngineerKit, id: 'user-copy', origin: 'user', title: 'My copy', createdAt: 1, updatedAt: 1 });
    await installBundledKits(db, 5);
    expect((await db.kits.get(BACKEND_ENGINEER_KIT_ID))?.title).toBe('Backend Engineer');
    expect((await db.kits.get('user-copy'))?.title).toBe('My copy');
  });
});

describe('the bundled Backend Engineer kit', () => {
  it('has the 8 questions, each with guidance and a sample answer, unique ids, a profile and red flags', () => {
    expect(backendEngineerKit.questions).toHaveLength(8);
    for (const q of backendEngineerKit.questions) {
      expect(q.guidance?.length).toBeGreaterThan(40);
      expect(q.sampleAnswer?.length).toBeGreaterThan(40);
    }
    expect(new Set(backendEngineerKit.questions.map((q) => q.id)).size).toBe(8);
    expect(backendEngineerKit.goodCandidate?.length).toBeGreaterThan(40);
    expect(backendEngineerKit.redFlags.length).toBeGreaterThanOrEqual(3);
  });

  // The product's own text must be ours: no sentence of the source page's prose may reappear.
  const seed = SEED_PATH;
  itWithSeed('keeps the seed page questions but copies none of its explanations', () => {
    const page = readFileSync(seed, 'utf8');
    const questionTexts = backendEngineerKit.questions.map((q) => q.text);
    for (const text of questionTexts) expect(page).toContain(text);

    const normalise = (s: string) =>
      s
        .toLowerCase()
        .replace(/[“”"’']/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const pageText = normalise(page);
    const ourText = [
      ...backendEngineerKit.questions.flatMap((q) => [q.guidance ?? '', q.sampleAnswer ?? '']),
      backendEngineerKit.goodCandidate ?? '',
      ...backendEngineerKit.redFlags,
    ];
    // Any run of 8 words shared with the page counts as copying.
    for (const text of ourText) {
      const words = normalise(text).split(' ');
      for (let i = 0; i + 8 <= words.length; i++) {
        const run = words.slice(i, i + 8).join(' ');
        expect(pageText, `copied from the page: "${run}"`).not.toContain(run);
      }
    }
  });
});
