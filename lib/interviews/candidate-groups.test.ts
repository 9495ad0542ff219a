import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleSession, T0 } from '../export/export-fixtures.test-support';
import { interviewCatalog } from '../search/interview-catalog';
import { candidateKey } from './candidate-key';
import { groupCandidates } from './candidate-groups';

describe('candidateKey', () => {
  it('compares names without case, accents or extra spaces; no name is its own candidate', () => {
    const key = (candidateName: string, id = 'x') => candidateKey({ id, candidateName });
    expect(key('José  Núñez')).toBe(key(' jose nunez '));
    expect(key('ZOË')).toBe(key('zoe'));
    expect(key('Ada')).not.toBe(key('Ada L.'));
    expect(key('', 'a')).not.toBe(key('', 'b'));
    expect(candidateKey({ id: 'x', candidateName: 'Ada', candidateGroup: 'g' })).toBe('group:g');
  });
});

let db: InterviewDatabase;
beforeEach(async () => {
  db = openInterviewDatabase(`candidates-${crypto.randomUUID()}`);
  await db.sessions.bulkAdd([
    sampleSession({ id: 'r1', meetingKey: 'meet:1', candidateName: 'José Núñez', startedAt: T0 }),
    sampleSession({ id: 'r2', meetingKey: 'meet:2', candidateName: 'jose nunez', startedAt: T0 + 2 }),
    sampleSession({ id: 'r3', meetingKey: 'meet:3', candidateName: 'J. Nunez', startedAt: T0 + 1 }),
    sampleSession({ id: 'r4', meetingKey: 'meet:4', candidateName: 'Ada', startedAt: T0 + 3 }),
  ]);
});
afterEach(() => db.delete());

const groups = async () => groupCandidates(await interviewCatalog(db).list()).map((g) => [g.name, g.rounds.map((r) => r.id)]);

describe('grouping candidates', () => {
  it('groups rounds of one name, the latest candidate first, rounds newest first', async () => {
    expect(await groups()).toEqual([
      ['Ada', ['r4']],
      ['jose nunez', ['r2', 'r1']],
      ['J. Nunez', ['r3']],
    ]);
  });

  it('merges by hand, taking every round of the merged candidates, and splits one round off', async () => {
    const service = createBackgroundService(db, () => T0);
    await service.requests.candidates.mergeCandidates(['r3', 'r1']);
    expect(await groups()).toEqual([
      ['Ada', ['r4']],
      ['jose nunez', ['r2', 'r3', 'r1']],
    ]);
    await service.requests.candidates.splitCandidate('r2');
    expect(await groups()).toEqual([
      ['Ada', ['r4']],
      ['jose nunez', ['r2']],
      ['J. Nunez', ['r3', 'r1']],
    ]);
    await expect(service.requests.candidates.mergeCandidates(['r1'])).rejects.toThrow('Choose two or more interviews to merge.');
  });
});

describe('merging and splitting by hand', () => {
  const candidates = () => createBackgroundService(db, () => T0 + 60_000).requests.candidates;

  it('stamps the interviews it regroups, and only those', async () => {
    await candidates().mergeCandidates(['r1', 'r4']);
    const rows = await db.sessions.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.updatedAt === T0 + 60_000])).toEqual([
      ['r1', true],
      ['r2', true],
      ['r3', false],
      ['r4', true],
    ]);
    await candidates().splitCandidate('r3');
    expect((await db.sessions.get('r3'))?.updatedAt).toBe(T0 + 60_000);
  });

  it('refuses fewer than two interviews or ids that are not text, changing nothing', async () => {
    for (const bad of [[], ['r1'], ['r1', 2], 'r1r2'] as unknown[]) {
      await expect(candidates().mergeCandidates(bad as string[])).rejects.toThrow('Choose two or more interviews to merge.');
    }
    expect((await db.sessions.toArray()).every((s) => s.candidateGroup === undefined)).toBe(true);
  });

  it('refuses an interview that is gone, changing nothing', async () => {
    await expect(candidates().mergeCandidates(['r1', 'gone'])).rejects.toThrow('An interview to merge no longer exists.');
    expect((await db.sessions.toArray()).every((s) => s.candidateGroup === undefined)).toBe(true);
    await expect(candidates().splitCandidate('gone')).rejects.toThrow('This interview no longer exists.');
    expect(await db.sessions.count()).toBe(4);
  });
});
