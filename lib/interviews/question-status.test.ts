import { describe, expect, it } from 'vitest';
import type { QuestionNote } from './interview-types';
import { questionStatus } from './question-status';
import { missingForWrapUp } from './wrap-up-checklist';
import { backendEngineerKit } from '../kits/bundled/backend-engineer';
import type { InterviewSession } from './interview-types';

const note = (over: Partial<QuestionNote>): QuestionNote => ({
  id: 's/q',
  sessionId: 's',
  questionId: 'rest',
  text: '',
  rating: null,
  mark: null,
  spentMs: 0,
  updatedAt: 0,
  ...over,
});

describe('questionStatus', () => {
  it('is not asked with no note, an empty note, or only whitespace', () => {
    expect(questionStatus(undefined)).toBe('not-asked');
    expect(questionStatus(note({ text: '  \n' }))).toBe('not-asked');
    expect(questionStatus(note({ spentMs: 90_000 }))).toBe('not-asked');
  });
  it('becomes asked with a note or a rating', () => {
    expect(questionStatus(note({ text: 'x' }))).toBe('asked');
    expect(questionStatus(note({ rating: 'no' }))).toBe('asked');
  });
  it('follows a hand mark over everything else', () => {
    expect(questionStatus(note({ mark: 'asked' }))).toBe('asked');
    expect(questionStatus(note({ mark: 'skipped', text: 'ran out of time' }))).toBe('skipped');
  });
});

describe('missingForWrapUp', () => {
  const session = {
    kit: backendEngineerKit,
    candidateName: '',
    recommendation: null,
    summary: '',
  } as unknown as InterviewSession;

  it('lists the name, asked-but-unrated questions, recommendation and summary', () => {
    const notes = [note({ questionId: 'nosql', text: 'ok' }), note({ questionId: 'rest', rating: 'yes' })];
    expect(missingForWrapUp(session, notes)).toEqual([
      'Candidate name',
      'Rating for question 2 (asked, not rated)',
      'Recommendation',
      'Summary',
    ]);
  });
  it('is empty for a complete scorecard; skipped questions need no rating', () => {
    const done = { ...session, candidateName: 'Ada', recommendation: 'yes', summary: 'Solid.' } as InterviewSession;
    expect(missingForWrapUp(done, [note({ questionId: 'nosql', mark: 'skipped', text: 'no time' })])).toEqual([]);
  });
});
