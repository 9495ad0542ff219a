import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { createComparisonService, MAX_COMPARED } from './comparison-service';

let db: InterviewDatabase;
let service: ReturnType<typeof createComparisonService>;
beforeEach(async () => {
  db = openInterviewDatabase(`compare-${crypto.randomUUID()}`);
  service = createComparisonService(db, () => T0 + 90_000);
  await db.sessions.bulkAdd([
    sampleSession({
      id: 'ada',
      meetingKey: 'meet:a',
      kit: {
        title: 'Backend Engineer',
        role: ' Platform  Engineer ',
        questions: [
          { id: 'q1', text: 'Why REST?' },
          { id: 'q2', text: 'Why not?' },
        ],
        redFlags: ['Blames others'],
      },
      currentQuestionIndex: 1,
      clock: { state: 'running', elapsedMs: 60_000, runningSince: T0, questionSince: T0 + 30_000 },
      redFlagsSeen: [{ id: 'kit-0', text: 'Blames others', note: 'ops', seenAt: T0, seenAtElapsedMs: 5, custom: false, questionId: 'q2' }],
    }),
    sampleSession({ id: 'bob', meetingKey: 'meet:b', candidateName: 'Bob', recommendation: null, summary: '' }),
  ]);
  await db.notes.bulkAdd([
    sampleNote('ada', 'q1', { text: 'Outbox.', rating: 'strong-yes', spentMs: 20_000 }),
    sampleNote('ada', 'q2', { mark: 'skipped', spentMs: 1_000 }),
    sampleNote('bob', 'q1', { rating: 'no', spentMs: 7_000 }),
  ]);
});
afterEach(() => db.delete());

describe('interviews for comparison', () => {
  it('reduces each interview to what the matrix shows, running time and the current stretch included', async () => {
    const [ada] = await service.interviewsForComparison(['ada']);
    expect(ada).toEqual({
      id: 'ada',
      candidateName: 'Ada Lovelace',
      role: 'Platform Engineer',
      kitTitle: 'Backend Engineer',
      startedAt: T0,
      interviewerName: 'Grace Hopper',
      recommendation: 'yes',
      summary: 'Solid.',
      elapsedMs: 150_000,
      questions: [
        { id: 'q1', text: 'Why REST?' },
        { id: 'q2', text: 'Why not?' },
      ],
      answers: {
        q1: { status: 'asked', rating: 'strong-yes', spentMs: 20_000, note: 'Outbox.' },
        q2: { status: 'skipped', rating: null, spentMs: 61_000, note: '' },
      },
      redFlags: [{ text: 'Blames others', note: 'ops', questionId: 'q2' }],
    });
  });

  it('keeps the order chosen, each with its own notes, and leaves out an interview deleted meanwhile', async () => {
    const list = await service.interviewsForComparison(['bob', 'gone', 'ada']);
    expect(list.map((c) => c.id)).toEqual(['bob', 'ada']);
    expect(list[0]!.answers).toEqual({
      q1: { status: 'asked', rating: 'no', spentMs: 7_000, note: '' },
      q2: { status: 'not-asked', rating: null, spentMs: 0, note: '' },
      q3: { status: 'not-asked', rating: null, spentMs: 0, note: '' },
    });
  });

  it(`refuses anything but a list of ids, and more than ${MAX_COMPARED} at once, saying how many`, async () => {
    await expect(service.interviewsForComparison('ada' as never)).rejects.toThrow('Expected a list of interview ids.');
    await expect(service.interviewsForComparison(['ada', 3] as never)).rejects.toThrow('Expected a list of interview ids.');
    const many = Array.from({ length: MAX_COMPARED + 1 }, (_, i) => `id-${i}`);
    await expect(service.interviewsForComparison(many)).rejects.toThrow('Compare at most 100 interviews at a time; 101 are selected.');
    expect(await service.interviewsForComparison(many.slice(1))).toEqual([]);
  });
});
