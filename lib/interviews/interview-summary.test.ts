import { describe, expect, it } from 'vitest';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { newestFirst, summarizeInterview, type InterviewSummary } from './interview-summary';

describe('an interview as the history lists it', () => {
  it('carries what the list shows, its candidate and how much the wrap-up still misses', () => {
    const session = sampleSession({ id: 's1', candidateName: 'José Núñez', summary: '', recommendation: null });
    const notes = [sampleNote('s1', 'q1', { text: 'asked, not rated' }), sampleNote('s1', 'q2', { rating: 'yes' })];
    expect(summarizeInterview(session, notes)).toEqual({
      id: 's1',
      candidateName: 'José Núñez',
      candidateKey: 'name:jose nunez',
      role: 'Backend Engineer',
      kitId: 'bundled:backend-engineer',
      kitTitle: 'Backend Engineer',
      platform: 'meet',
      startedAt: T0,
      updatedAt: T0 + 1000,
      recommendation: null,
      // q1's rating, the recommendation and the summary
      missing: 3,
    });
  });

  it("names the role by the kit's title when the kit gives none, or only spaces", () => {
    const kit = { title: 'Data Analyst', questions: [], redFlags: [] };
    expect(summarizeInterview(sampleSession({ kit }), []).role).toBe('Data Analyst');
    expect(summarizeInterview(sampleSession({ kit: { ...kit, role: '  ' } }), []).role).toBe('Data Analyst');
    expect(summarizeInterview(sampleSession({ kit: { ...kit, role: ' Analyst II ' } }), []).role).toBe('Analyst II');
  });
});

describe('newest first', () => {
  const row = (id: string, startedAt: number) => ({ id, startedAt }) as InterviewSummary;
  it('orders by start, newest first, and by id when two started together', () => {
    const rows = [row('b', T0), row('old', T0 - 1), row('new', T0 + 1), row('a', T0)];
    expect(rows.sort(newestFirst).map((r) => r.id)).toEqual(['new', 'a', 'b', 'old']);
  });
});
