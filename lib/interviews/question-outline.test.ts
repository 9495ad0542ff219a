import { describe, expect, it } from 'vitest';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { hasSection, outlineQuestions } from './question-outline';

describe('the outline of an interview', () => {
  it('gives each question of the kit its note, status and time, the current one counting its running stretch', () => {
    const session = sampleSession({
      id: 's',
      currentQuestionIndex: 1,
      clock: { state: 'running', elapsedMs: 0, runningSince: T0, questionSince: T0 + 10_000 },
    });
    const q1 = sampleNote('s', 'q1', { text: 'said X', spentMs: 10_000 });
    const q2 = sampleNote('s', 'q2', { mark: 'skipped', spentMs: 4_000 });
    const outline = outlineQuestions(session, [q2, q1], T0 + 25_000);
    expect(outline.map((q) => [q.question.id, q.index, q.note?.id, q.status, q.spentMs])).toEqual([
      ['q1', 0, 's/q1', 'asked', 10_000],
      ['q2', 1, 's/q2', 'skipped', 19_000],
      ['q3', 2, undefined, 'not-asked', 0],
    ]);
  });
});

describe('which questions get a section', () => {
  const outlined = (overrides: Parameters<typeof sampleNote>[2] | null) => {
    const notes = overrides ? [sampleNote('s', 'q1', overrides)] : [];
    return outlineQuestions(sampleSession({ id: 's' }), notes, T0)[0]!;
  };

  it('an asked question, or one holding a note though marked skipped', () => {
    expect(hasSection(outlined({ rating: 'no' }))).toBe(true);
    expect(hasSection(outlined({ mark: 'skipped', text: 'ran out of time' }))).toBe(true);
  });

  it('not a skipped or untouched question, nor one with only spaces in its note', () => {
    expect(hasSection(outlined({ mark: 'skipped', text: '  \n' }))).toBe(false);
    expect(hasSection(outlined({ spentMs: 60_000 }))).toBe(false);
    expect(hasSection(outlined(null))).toBe(false);
  });
});
