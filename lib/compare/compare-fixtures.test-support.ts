import type { Rating } from '../interviews/interview-types';
import type { ComparedInterview } from './compared-interview';

/** An interview to compare: questions by id, ratings by question id (a question without one was not asked). */
export function compared(
  id: string,
  questions: string[],
  ratings: Record<string, Rating | null>,
  overrides: Partial<ComparedInterview> = {},
): ComparedInterview {
  return {
    id,
    candidateName: id,
    role: 'Backend Engineer',
    kitTitle: 'Backend Engineer',
    startedAt: 0,
    interviewerName: '',
    recommendation: null,
    summary: '',
    elapsedMs: 600_000,
    questions: questions.map((q) => ({ id: q, text: `Text of ${q}?` })),
    answers: Object.fromEntries(
      questions.map((q) => [
        q,
        q in ratings
          ? { status: 'asked' as const, rating: ratings[q] ?? null, spentMs: 60_000, note: `${id} on ${q}` }
          : { status: 'not-asked' as const, rating: null, spentMs: 0, note: '' },
      ]),
    ),
    redFlags: [],
    ...overrides,
  };
}
