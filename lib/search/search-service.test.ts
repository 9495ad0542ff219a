import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';

let db: InterviewDatabase;
let service: ReturnType<typeof createBackgroundService>;
beforeEach(async () => {
  db = openInterviewDatabase(`search-${crypto.randomUUID()}`);
  service = createBackgroundService(db, () => T0);
  await db.sessions.bulkAdd([
    sampleSession({ id: 'ada', meetingKey: 'meet:a', candidateName: 'Ada Lovelace', summary: 'Great on idempotency.' }),
    sampleSession({
      id: 'jose',
      meetingKey: 'zoom:1',
      platform: 'zoom',
      meetingUrl: 'https://app.zoom.us/wc/123456/join',
      candidateName: 'José Núñez',
      recommendation: 'no',
      startedAt: T0 + 86_400_000,
      redFlagsSeen: [
        { id: 'kit-0', text: 'Blames others', note: 'blamed the ops team twice', seenAt: T0, seenAtElapsedMs: 0, custom: false },
      ],
    }),
  ]);
  await db.notes.add(sampleNote('ada', 'q1', { text: 'Explained the outbox pattern with Kafka, then retries.' }));
});
afterEach(() => db.delete());

const ids = async (query: string, filters = {}) => (await service.requests.search.searchInterviews(query, filters)).rows.map((r) => r.id);

describe('searchInterviews', () => {
  it('finds names, notes, summaries, red-flag notes and kit questions, without case or accents, as prefixes', async () => {
    expect(await ids('lovelace')).toEqual(['ada']);
    expect(await ids('jose nunez')).toEqual(['jose']);
    expect(await ids('NÚÑ')).toEqual(['jose']);
    expect(await ids('outbox')).toEqual(['ada']);
    expect(await ids('idempot')).toEqual(['ada']);
    expect(await ids('ops team')).toEqual(['jose']);
    expect((await ids('question text 2')).sort()).toEqual(['ada', 'jose']);
    expect(await ids('outbox ops')).toEqual([]);
  });

  it('reads the last word as being typed (a prefix, from two letters) and forgives one typo in a finished long word', async () => {
    expect(await ids('ou')).toEqual(['ada']);
    expect(await ids('o')).toEqual([]);
    expect(await ids('outb kafka')).toEqual([]);
    expect(await ids('kafka outb')).toEqual(['ada']);
    expect(await ids('outbix kafka')).toEqual(['ada']);
    expect(await ids('kafkq outbox')).toEqual([]);
    expect(await ids('lovelace outbix')).toEqual([]);
  });

  it('gives each hit the words that matched, where, and a snippet around the first match', async () => {
    const { hits } = await service.requests.search.searchInterviews('kafka');
    expect(hits.ada).toEqual({
      terms: ['kafka'],
      fields: ['notes'],
      snippet: { field: 'notes', text: 'Explained the outbox pattern with Kafka, then retries.' },
    });
  });

  it("snips the interviewer's notes first, then the summary; a name alone gets no snippet", async () => {
    await service.requests.interviews.updateDetails('ada', { summary: 'Kafka again, briefly.' });
    const { hits } = await service.requests.search.searchInterviews('kafka');
    expect(hits.ada?.fields.sort()).toEqual(['notes', 'summary']);
    expect(hits.ada?.snippet?.field).toBe('notes');
    const byName = await service.requests.search.searchInterviews('lovelace');
    expect(byName.hits.ada).toEqual({ terms: ['lovelace'], fields: ['candidate'] });
  });

  it('snips the best twenty hits only; the others still say where they matched', async () => {
    await db.sessions.bulkAdd(
      Array.from({ length: 22 }, (_, i) => sampleSession({ id: `many-${i}`, meetingKey: `meet:m${i}`, summary: 'Mentions zookeeper.' })),
    );
    const { rows, hits } = await service.requests.search.searchInterviews('zookeeper');
    expect(rows).toHaveLength(22);
    expect(rows.filter((r) => hits[r.id]?.snippet).map((r) => r.id)).toEqual(rows.slice(0, 20).map((r) => r.id));
    expect(hits[rows[21]!.id]).toEqual({ terms: ['zookeeper'], fields: ['summary'] });
  });

  it('applies the filters to the words found too', async () => {
    await service.requests.interviews.updateDetails('jose', { summary: 'Kafka too.' });
    expect((await ids('kafka')).sort()).toEqual(['ada', 'jose']);
    expect(await ids('kafka', { platform: 'zoom' })).toEqual(['jose']);
  });

  it('lists everything newest first without words, and applies the filters', async () => {
    expect(await ids('')).toEqual(['jose', 'ada']);
    expect(await ids('', { platform: 'zoom' })).toEqual(['jose']);
    expect(await ids('', { recommendation: 'yes' })).toEqual(['ada']);
    expect(await ids('', { recommendation: 'none' })).toEqual([]);
    expect(await ids('', { role: 'Backend Engineer' })).toEqual(['jose', 'ada']);
    expect(await ids('', { role: 'Designer' })).toEqual([]);
    // Ada's question 1 has a note but no rating; José's scorecard is complete.
    expect(await ids('', { unfinished: true })).toEqual(['ada']);
  });

  it('follows every write made through the services', async () => {
    expect(await ids('sharding')).toEqual([]);
    await service.requests.interviews.saveNote({ sessionId: 'jose', questionId: 'q2', text: 'Talked about sharding.' });
    expect(await ids('sharding')).toEqual(['jose']);
    await service.requests.interviews.updateDetails('jose', { candidateName: 'Josefina Núñez', summary: 'Calm.' });
    expect(await ids('josefina calm')).toEqual(['jose']);
    await service.requests.interviews.addRedFlag('ada', 'Interrupts constantly');
    expect(await ids('interrupts')).toEqual(['ada']);
  });

  it('forgets a deleted interview and finds it again after Undo', async () => {
    expect(await ids('kafka')).toEqual(['ada']);
    const deleted = await service.requests.removal.deleteInterviews(['ada']);
    expect(await ids('kafka')).toEqual([]);
    expect(await ids('')).toEqual(['jose']);
    await service.requests.removal.restoreInterviews(JSON.parse(JSON.stringify(deleted)));
    expect(await ids('kafka')).toEqual(['ada']);
  });

  it('is rebuilt after a backup replaces the database', async () => {
    const backup = await service.requests.exports.createBackup();
    expect(await ids('kafka')).toEqual(['ada']);
    await service.requests.removal.deleteInterviews(['ada', 'jose']);
    expect(await ids('')).toEqual([]);
    await service.requests.exports.restoreBackup(backup, 'replace');
    expect(await ids('kafka')).toEqual(['ada']);
    expect(await ids('')).toEqual(['jose', 'ada']);
  });

  it('refuses a search too long to be one', async () => {
    await expect(service.requests.search.searchInterviews('x'.repeat(501))).rejects.toThrow('A search can be at most 500 characters.');
    await expect(service.requests.search.searchInterviews(7 as never)).rejects.toThrow('A search can be at most 500 characters.');
    expect(await ids(`ada${' '.repeat(497)}`)).toEqual(['ada']);
    expect(await ids('   ')).toEqual(['jose', 'ada']);
  });
});
