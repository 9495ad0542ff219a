import type { z } from 'zod';
import { interviewRecord } from '../records/interview-record';

// The fields a surface may change, as the record declares them (lib/records/interview-record.ts).
const detailsPatchSchema = interviewRecord
  .pick({ candidateName: true, interviewerName: true, plannedMinutes: true, summary: true, recommendation: true })
  .partial();

export type InterviewDetailsPatch = z.infer<typeof detailsPatchSchema>;

/** Checks a patch from any surface; the error names the field, e.g. "plannedMinutes: …". */
export function parseDetailsPatch(patch: unknown): InterviewDetailsPatch {
  const result = detailsPatchSchema.safeParse(patch);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${issue?.path.join('.') || 'details'}: ${issue?.message ?? 'invalid'}`);
}
