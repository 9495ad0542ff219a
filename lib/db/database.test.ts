import { describe, expect, it } from 'vitest';
import { interviewDatabaseExists, openInterviewDatabase } from './database';

describe('whether the database is there (what makes a first install)', () => {
  it('is not before anything opened it, and is once it was opened', async () => {
    const name = `exists-${crypto.randomUUID()}`;
    expect(await interviewDatabaseExists(name)).toBe(false);
    const db = openInterviewDatabase(name);
    await db.open();
    expect(await interviewDatabaseExists(name)).toBe(true);
    await db.delete();
    expect(await interviewDatabaseExists(name)).toBe(false);
  });
});
