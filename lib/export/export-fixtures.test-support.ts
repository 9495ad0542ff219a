import type { InterviewSession, QuestionNote } from '../interviews/interview-types';

export const T0 = Date.UTC(2025, 0, 31, 14, 5);

/** A finished interview with `count` questions; fields can be overridden per test. */
export function sampleSession(overrides: Partial<InterviewSession> = {}, count = 3): InterviewSession {
  return {
    id: 's1',
    meetingKey: 'meet:abc-defg-hij',
    platform: 'meet',
    meetingCode: 'abc-defg-hij',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    kitId: 'bundled:backend-engineer',
    kit: {
      title: 'Backend Engineer',
      role: 'Backend Engineer',
      questions: Array.from({ length: count }, (_, i) => ({ id: `q${i + 1}`, text: `Question text ${i + 1}?` })),
      redFlags: ['Blames others'],
    },
    currentQuestionIndex: 0,
    candidateName: 'Ada Lovelace',
    interviewerName: 'Grace Hopper',
    startedAt: T0,
    plannedMinutes: 45,
    clock: { state: 'paused', elapsedMs: 42 * 60_000 + 10_000, runningSince: null, questionSince: null },
    redFlagsSeen: [],
    recommendation: 'yes',
    summary: 'Solid.',
    createdAt: T0,
    updatedAt: T0 + 1000,
    ...overrides,
  };
}

export function sampleNote(sessionId: string, questionId: string, overrides: Partial<QuestionNote> = {}): QuestionNote {
  return {
    id: `${sessionId}/${questionId}`,
    sessionId,
    questionId,
    text: '',
    rating: null,
    mark: null,
    spentMs: 0,
    updatedAt: T0 + 500,
    ...overrides,
  };
}

/** Realistic notes for the benchmark: a few paragraphs, a list, emphasis and time stamps. */
export function realisticNote(i: number): string {
  return [
    `[0${i}:12] Opened with the textbook definition, then *corrected* themselves without a prompt.`,
    'Evidence:',
    '- named statelessness and cacheability',
    '- gave a concrete example from the **payments** service (idempotency keys)',
    '- unsure about `PATCH` vs `PUT` semantics',
    '',
    `[0${i}:45] Follow-up on trade-offs was weaker: talked about tools, not constraints. Asked for clarification once.`,
    'Overall a confident, structured answer; would probe consistency models next time.',
  ].join('\n');
}

/** The worst note known for a Markdown reader: `_*` over and over, `length` characters (benchmark, tests). */
export const emphasisHeavyNote = (length: number): string => '_*'.repeat(Math.ceil(length / 2)).slice(0, length);
