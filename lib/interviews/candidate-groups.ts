import type { InterviewSummary } from './interview-summary';

/** One person across interviews: every round, newest first. */
export interface CandidateGroup {
  key: string;
  /** The name as last written. */
  name: string;
  rounds: InterviewSummary[];
  latest: number;
}

/** Interviews grouped by candidate (see candidate-key.ts), the candidate seen most recently first. */
export function groupCandidates(rows: readonly InterviewSummary[]): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const row of rows) {
    let group = groups.get(row.candidateKey);
    if (!group) groups.set(row.candidateKey, (group = { key: row.candidateKey, name: '', rounds: [], latest: row.startedAt }));
    group.rounds.push(row);
  }
  for (const group of groups.values()) {
    group.rounds.sort((a, b) => b.startedAt - a.startedAt || a.id.localeCompare(b.id));
    group.latest = group.rounds[0]!.startedAt;
    group.name = group.rounds.find((r) => r.candidateName.trim())?.candidateName.trim() ?? '';
  }
  return [...groups.values()].sort((a, b) => b.latest - a.latest || a.key.localeCompare(b.key));
}
