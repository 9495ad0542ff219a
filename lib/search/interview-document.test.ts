import { describe, expect, it } from 'vitest';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { interviewDocument } from './interview-document';

describe('what the index reads of an interview', () => {
  it('reads the candidate, role and kit title, notes with text, summary, red flags with their notes, and the questions', () => {
    const session = sampleSession({
      id: 's1',
      candidateName: 'Ada',
      kit: {
        title: 'Backend Engineer',
        role: 'Platform',
        questions: [
          { id: 'q1', text: 'Why REST?' },
          { id: 'q2', text: 'Why not?' },
        ],
        redFlags: [],
      },
      summary: 'Solid.',
      redFlagsSeen: [
        { id: 'kit-0', text: 'Blames others', note: 'ops team', seenAt: T0, seenAtElapsedMs: 0, custom: false },
        { id: 'c', text: 'Late', note: '', seenAt: T0, seenAtElapsedMs: 0, custom: true },
      ],
    });
    const notes = [
      sampleNote('s1', 'q1', { text: 'Outbox.' }),
      sampleNote('s1', 'q2', { rating: 'yes' }),
      sampleNote('s1', 'q3', { text: 'Retries.' }),
    ];
    expect(interviewDocument(session, notes)).toEqual({
      id: 's1',
      candidate: 'Ada',
      role: 'Platform\nBackend Engineer',
      notes: 'Outbox.\nRetries.',
      summary: 'Solid.',
      redFlags: 'Blames others\nops team\nLate\n',
      questions: 'Why REST?\nWhy not?',
    });
  });

  it('reads the title alone as the role when the kit names none', () => {
    const kit = { title: 'Analyst', questions: [], redFlags: [] };
    expect(interviewDocument(sampleSession({ kit }), []).role).toBe('\nAnalyst');
  });
});
