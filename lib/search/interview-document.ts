import type { InterviewSession, QuestionNote } from '../interviews/interview-types';

/** What the index reads of one interview, field by field. */
export interface InterviewDocument {
  id: string;
  candidate: string;
  role: string;
  notes: string;
  summary: string;
  redFlags: string;
  questions: string;
}

export const SEARCH_FIELDS = ['candidate', 'role', 'notes', 'summary', 'redFlags', 'questions'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const FIELD_LABELS: Record<SearchField, string> = {
  candidate: 'Candidate',
  role: 'Role',
  notes: 'Notes',
  summary: 'Summary',
  redFlags: 'Red flags',
  questions: 'Kit question',
};

/** Names matter most, then the interviewer's own words, then the kit's text every interview shares. */
export const FIELD_BOOST: Record<SearchField, number> = { candidate: 4, role: 2, notes: 1, summary: 1.5, redFlags: 1.5, questions: 0.5 };

export function interviewDocument(session: InterviewSession, notes: QuestionNote[]): InterviewDocument {
  return {
    id: session.id,
    candidate: session.candidateName,
    role: [session.kit.role ?? '', session.kit.title].join('\n'),
    notes: notes
      .map((n) => n.text)
      .filter(Boolean)
      .join('\n'),
    summary: session.summary,
    redFlags: session.redFlagsSeen.map((f) => `${f.text}\n${f.note}`).join('\n'),
    questions: session.kit.questions.map((q) => q.text).join('\n'),
  };
}
