import type { InterviewSummary } from '../interviews/interview-summary';
import type { Rating } from '../interviews/interview-types';
import type { MeetingPlatform } from '../meeting/meeting-url';

/** The Interviews section's filters; every one is optional and they all must hold. */
export interface InterviewFilters {
  /** A kit's title or a role, as the summaries name them. */
  role?: string;
  /** Local days, `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
  recommendation?: Rating | 'none';
  platform?: MeetingPlatform;
  /** Only interviews whose scorecard is still unfinished. */
  unfinished?: boolean;
}

const DAY_MS = 86_400_000;
const localDayStart = (day: string) => new Date(`${day}T00:00:00`).getTime();

export function matchesFilters(row: InterviewSummary, filters: InterviewFilters): boolean {
  if (filters.role && row.role !== filters.role && row.kitTitle !== filters.role) return false;
  if (filters.from && row.startedAt < localDayStart(filters.from)) return false;
  if (filters.to && row.startedAt >= localDayStart(filters.to) + DAY_MS) return false;
  if (filters.recommendation && (row.recommendation ?? 'none') !== filters.recommendation) return false;
  if (filters.platform && row.platform !== filters.platform) return false;
  if (filters.unfinished && row.missing === 0) return false;
  return true;
}

export const hasFilters = (filters: InterviewFilters) => Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);
