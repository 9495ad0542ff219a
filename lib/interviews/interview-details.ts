import { z } from 'zod';
import { RATINGS } from './interview-types';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, PLANNED_MINUTES } from './limits';

const detailsPatchSchema = z
  .object({
    candidateName: z.string().max(MAX_NAME_LENGTH),
    interviewerName: z.string().max(MAX_NAME_LENGTH),
    plannedMinutes: z.number().int().min(PLANNED_MINUTES.min).max(PLANNED_MINUTES.max),
    summary: z.string().max(MAX_TEXT_LENGTH),
    recommendation: z.enum(RATINGS).nullable(),
  })
  .partial()
  .strict();

export type InterviewDetailsPatch = z.infer<typeof detailsPatchSchema>;

/** Checks a patch from any surface; the error names the field, e.g. "plannedMinutes: …". */
export function parseDetailsPatch(patch: unknown): InterviewDetailsPatch {
  const result = detailsPatchSchema.safeParse(patch);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${issue?.path.join('.') || 'details'}: ${issue?.message ?? 'invalid'}`);
}
