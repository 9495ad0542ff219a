import { foldText } from '../search/search-text';
import type { InterviewSession } from './interview-types';

/**
 * Which candidate an interview belongs to. By default the name, compared without case, accents
 * or extra spaces ("José  Núñez" and "jose nunez" are one person); an interview without a name is
 * its own candidate. A merge or split made by hand is kept on the interview (candidateGroup).
 */
export function candidateKey(session: Pick<InterviewSession, 'id' | 'candidateName' | 'candidateGroup'>): string {
  if (session.candidateGroup) return `group:${session.candidateGroup}`;
  const name = foldText(session.candidateName).replace(/\s+/g, ' ').trim();
  return name ? `name:${name}` : `interview:${session.id}`;
}
